/* ond-case-import-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the store needs of an OndCaseImport to add its rows (ond-store-imports.c). */

#pragma once

#include "ond-case-import.h"

G_BEGIN_DECLS

/* The line in the file of the draft at @index of ond_case_import_get_drafts(). */
guint      _ond_case_import_get_draft_line (OndCaseImport *self,
                                            guint          index);
/* The "today" the rows were checked against. Transfer none. */
GDateTime *_ond_case_import_get_today      (OndCaseImport *self);

G_END_DECLS
