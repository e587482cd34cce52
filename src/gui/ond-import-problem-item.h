/* ond-import-problem-item.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndImportProblemItem: one problem or skipped row of an import (an OndImportProblem of
 * ond-case-import.h) as an object with properties, for a list of the import dialog. */

#pragma once

#include <glib-object.h>

#include "ond-case-import.h"

G_BEGIN_DECLS

#define OND_TYPE_IMPORT_PROBLEM_ITEM (ond_import_problem_item_get_type ())
G_DECLARE_FINAL_TYPE (OndImportProblemItem, ond_import_problem_item, OND, IMPORT_PROBLEM_ITEM,
                      GObject)

OndImportProblemItem *ond_import_problem_item_new         (const OndImportProblem *problem)
                                                           G_GNUC_WARN_UNUSED_RESULT;
/* The line of the file, 0 for the whole file. */
guint                 ond_import_problem_item_get_line    (OndImportProblemItem   *self);
/* The header name of the column, "" for the whole row or file. */
const char           *ond_import_problem_item_get_column  (OndImportProblemItem   *self);
const char           *ond_import_problem_item_get_message (OndImportProblemItem   *self);
/* A GListStore of items, one per problem of @problems (OndImportProblem *). Transfer full. */
GListModel           *ond_import_problem_item_list        (GPtrArray              *problems)
                                                           G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
