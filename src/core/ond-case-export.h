/* ond-case-export.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The case list as a CSV file or a workbook, as it is searched, filtered and sorted. It
 * holds personal data: an internal document (it says so on its first lines), written with
 * mode 0600, and every case in it is recorded in the access log. Its texts are Dutch, like
 * the data. */

#pragma once

#include "ond-case-list.h"
#include "ond-store.h"

G_BEGIN_DECLS

/* The first line of every export, exactly. */
#define OND_CASE_EXPORT_NOTICE \
  "Intern document — bevat persoonsgegevens, niet voor de gemeenteraad"
/* What the access log says of each case in an export. */
#define OND_CASE_EXPORT_LOGGED "Opgenomen in export caselijst"

/* Writes the rows of @list, in its order, to @path (see ond-case-export.c), then logs one
 * access_log row per case. Returns FALSE with @error when the file was not written (nothing
 * is then left behind or logged). Returns TRUE when it was, with *@n_rows the number of
 * cases in it and *@logged whether the export was recorded in the access log (FALSE on a
 * read-only store, or when logging failed: the caller must tell the user). */
gboolean ond_case_export_csv (OndStore     *store,
                              OndCaseList  *list,
                              const char   *path,
                              guint        *n_rows,
                              gboolean     *logged,
                              GError      **error);

/* The same rows as a workbook of one sheet, marked and logged as the CSV file is. */
gboolean ond_case_export_xlsx (OndStore     *store,
                               OndCaseList  *list,
                               const char   *path,
                               guint        *n_rows,
                               gboolean     *logged,
                               GError      **error);

G_END_DECLS
