/**
 * Stages and pipeline definitions: the shared, versioned vocabulary of where a deal stands.
 *
 * <p>A {@link dev.revops.core.pipeline.PipelineDefinition} orders its
 * {@link dev.revops.core.pipeline.Stage}s, states the {@link dev.revops.core.pipeline.TransitionRules}
 * (skip, move back, reopen), maps every CRM's raw stage names to canonical stages (aliases), and
 * answers whether a deal may move to a stage ({@link
 * dev.revops.core.pipeline.PipelineDefinition#checkMove}), listing every unmet
 * {@link dev.revops.core.pipeline.Criterion} and broken rule. Definitions are data: they read and
 * write JSON and are shared as files, not as code.
 */
@ValueStyle
package dev.revops.core.pipeline;

import dev.revops.core.style.ValueStyle;
