/**
 * The bundled sample: a deterministic generator of a small CRM export ({@link
 * dev.revops.examples.sample.SampleGenerator}), its committed output, and the bundled pipeline
 * definitions ({@link dev.revops.examples.sample.Bundled}).
 */
package dev.revops.examples.sample;
