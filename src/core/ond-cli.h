/* ond-cli.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The headless commands of the command line. They run on core only: no display, no D-Bus. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Handles --version and the headless commands (--export-xlsx, --export-pdf, the imports,
 * --backup, --retention, --apply-retention) given in @options (the dictionary of GApplication::handle-local-options, with
 * the option names as long names).
 * Returns -1 when the window should open, else the exit status; errors are printed as
 * one line on stderr. */
int ond_cli_handle_options (GVariantDict *options);

G_END_DECLS
