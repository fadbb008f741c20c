/**
 * The {@code revops} command line: {@link dev.revops.examples.cli.RevopsCli} and its commands.
 */
package dev.revops.examples.cli;
