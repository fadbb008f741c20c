/**
 * What all shared definitions have in common: an id, a version, a reference to both
 * ({@link dev.revops.core.definition.DefinitionRef}) that results carry as provenance.
 */
@ValueStyle
package dev.revops.core.definition;

import dev.revops.core.style.ValueStyle;
