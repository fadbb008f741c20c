/**
 * Who may change which deal field: the field ownership definition ({@link
 * dev.revops.handoff.ownership.FieldOwnership}) names the team owning each field; a change request
 * ({@link dev.revops.handoff.ownership.ChangeRequest}) is applied only when it comes from the owner
 * (others get a {@link dev.revops.handoff.ownership.NotOwnerException} naming the owner), and every
 * accepted change leaves an immutable {@link dev.revops.handoff.ownership.AuditEntry}.
 */
@ValueStyle
package dev.revops.handoff.ownership;

import dev.revops.core.style.ValueStyle;
