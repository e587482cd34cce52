/* ond-cli-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of the command line share (ond-cli.c, ond-cli-retention.c). */

#pragma once

#include "ond-store.h"

G_BEGIN_DECLS

/* Prints "ondermijning: MESSAGE" on stderr and returns 1. */
int         _ond_cli_fail              (const GError  *error);
/* The store of --database FILE, else the default one, which must exist: a command that
 * changes or copies what is there never creates (and seeds) a database. NULL when it does
 * not exist, with its name for display in *@missing (transfer full), or when it cannot be
 * opened, with the reason printed (*@missing NULL). */
OndStore   *_ond_cli_open_existing     (GVariantDict  *options,
                                        char         **missing);
/* --init-server (ond-cli-server.c). Returns the exit status. */
int         _ond_cli_init_server       (GVariantDict  *options);
/* --copy-to @to (ond-cli-copy.c): the database of --database copied to @to. Returns the exit
 * status. */
int         _ond_cli_copy_to           (GVariantDict  *options,
                                        const char    *to);
/* --retention (@apply FALSE: the dry run) and --apply-retention. Returns the exit status. */
int         _ond_cli_retention         (GVariantDict  *options,
                                        gboolean       apply);

G_END_DECLS
