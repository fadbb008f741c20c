package dev.revops.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.io.ImportResult;
import dev.revops.forecast.recurring.MrrLine;
import dev.revops.forecast.recurring.SubscriptionCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionSampleTest {
  @Test
  void the_bundled_retention_sample_is_exactly_what_the_generator_writes() throws IOException {
    RetentionSampleGenerator.Sample s = RetentionSampleGenerator.generate(RetentionSampleGenerator.DEFAULT_SEED, false);
    for (Map.Entry<String, String> file : s.files().entrySet()) {
      InputStream in = Bundled.class.getResourceAsStream("/dev/revops/examples/sample/" + file.getKey());
      assertTrue(in != null, file.getKey() + " is not bundled");
      assertEquals(file.getValue(), BundledTest.read(new InputStreamReader(in, StandardCharsets.UTF_8)),
          file.getKey() + " differs; regenerate with: revops sample --out "
              + "examples/src/main/resources/dev/revops/examples/sample --force");
    }
  }

  @Test
  void the_same_seed_writes_the_same_files_and_clean_leaves_out_the_three_broken_rows() throws IOException {
    assertEquals(RetentionSampleGenerator.generate(7, false), RetentionSampleGenerator.generate(7, false));
    ImportResult<MrrLine> broken = SubscriptionCsv.readAll(Bundled.retentionSample(
        RetentionSampleGenerator.SUBSCRIPTIONS));
    assertEquals(3, broken.report().rowsRejected());
    ImportResult<MrrLine> clean = SubscriptionCsv.readAll(new java.io.StringReader(
        RetentionSampleGenerator.generate(RetentionSampleGenerator.DEFAULT_SEED, true).subscriptionsCsv()));
    assertEquals(0, clean.report().rowsRejected());
    assertEquals(broken.report().rowsAccepted(), clean.report().rowsAccepted());
  }
}
