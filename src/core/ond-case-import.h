/* ond-case-import.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Bringing signals in from a spreadsheet (CSV). Reading and checking (prepare) is separate
 * from adding (ond_store_import_cases), so that the window can show a preview with every
 * problem per row before the user confirms. Default header:
 *   Datum;Bron;Thema;Gebied;Soort;Subject;Adres;Samenvatting
 * found by name (any order, case-insensitive; optional columns MMA-nummer, Politienummer,
 * RIEC-nummer, Zaaknummer). Values are the Dutch names the window shows, matched without
 * regard to case. `;` or `,`, UTF-8 (with or without BOM) or Windows-1252, dd-mm-jjjj or ISO
 * dates. All or nothing: one bad row and nothing is added.
 */

#pragma once

#include "ond-case-draft.h"
#include "ond-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint  line;      /* line number in the file, 1 = header, 0 = the whole file */
  char  *column;    /* header name, or NULL for the whole row/file */
  char  *message;   /* clear, translated */
} OndImportProblem;

#define OND_TYPE_CASE_IMPORT (ond_case_import_get_type ())
G_DECLARE_FINAL_TYPE (OndCaseImport, ond_case_import, OND, CASE_IMPORT, GObject)

/* Reads and checks @path against @store's vocabularies (themes and areas of the current
 * plan / shared lists). Fails only when the file cannot be read at all or has no usable
 * header; problems in rows are collected, not fatal. */
OndCaseImport *ond_case_import_prepare       (OndStore       *store,
                                              const char     *path,
                                              GDateTime      *today,
                                              GError        **error) G_GNUC_WARN_UNUSED_RESULT;
const char    *ond_case_import_get_file_name (OndCaseImport  *self);
const char    *ond_case_import_get_sha256    (OndCaseImport  *self);
/* The good rows, in file order (OndCaseDraft *, owned by the import). */
GPtrArray     *ond_case_import_get_drafts    (OndCaseImport  *self);
/* Every problem (OndImportProblem *, owned by the import), by line. */
GPtrArray     *ond_case_import_get_problems  (OndCaseImport  *self);
/* TRUE when a file with the same SHA-256 was imported before (a problem is listed too). */
gboolean       ond_case_import_is_duplicate  (OndCaseImport  *self);

/* Adds every row in one transaction, references in date order, with an import_batch
 * (kind cases) and a history entry per case; refuses (OND_STORE_ERROR_INVALID, nothing
 * added) when the import has any problem or the file was imported before. */
gboolean       ond_store_import_cases        (OndStore       *store,
                                              OndCaseImport  *import,
                                              guint          *n_added,
                                              GError        **error);

G_END_DECLS
