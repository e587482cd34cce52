/* ond-csv.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndCsv: the rows of a CSV file as a spreadsheet writes it, for the imports (cases,
 * bookings). Reads bytes in UTF-8 (with or without a byte order mark) or, when they are not
 * valid UTF-8, Windows-1252; finds the separator (`;` or `,`) from the header line; follows
 * RFC 4180 quoting ("" inside quotes; separators and line breaks inside a quoted field);
 * accepts CRLF, LF and CR line ends. Every row keeps the number of the line it starts on,
 * so that problems can be reported as the user sees the file in an editor.
 *
 * Rows whose fields are all empty (blank lines, or ";;;;" as spreadsheets write below
 * the data) are skipped. A row with another number of fields than the header is left out
 * of the rows and listed as a problem of its line; extra fields that are empty are
 * tolerated. Only a file that cannot be read at all fails: bytes that are no text, no header,
 * or a quoted field that is never closed.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OND_CSV_ERROR (ond_csv_error_quark ())

/**
 * OndCsvError:
 * @OND_CSV_ERROR_ENCODING: the bytes are neither UTF-8 nor Windows-1252 text
 * @OND_CSV_ERROR_EMPTY: there is no header line
 * @OND_CSV_ERROR_UNTERMINATED_QUOTE: a quoted field is not closed before the end of the file
 */
typedef enum
{
  OND_CSV_ERROR_ENCODING,
  OND_CSV_ERROR_EMPTY,
  OND_CSV_ERROR_UNTERMINATED_QUOTE,
} OndCsvError;

typedef struct
{
  guint   line;       /* the line the row starts on; 1 is the first line of the file */
  guint   n_fields;
  char  **fields;     /* n_fields UTF-8 strings, NULL-terminated, as written (not trimmed) */
} OndCsvRow;

typedef struct
{
  guint  line;
  char  *message;     /* translated */
} OndCsvProblem;

typedef struct _OndCsv OndCsv;

GQuark               ond_csv_error_quark    (void);

OndCsv              *ond_csv_parse          (const char  *data,
                                             gsize        length,
                                             GError     **error) G_GNUC_WARN_UNUSED_RESULT;
void                 ond_csv_free           (OndCsv      *self);

/* ';' or ','. */
char                 ond_csv_get_separator  (OndCsv      *self);
/* "UTF-8" or "WINDOWS-1252": how the bytes were read. */
const char          *ond_csv_get_encoding   (OndCsv      *self);
gboolean             ond_csv_get_had_bom    (OndCsv      *self);
/* The header row (its line is the first line that holds anything). */
const OndCsvRow     *ond_csv_get_header     (OndCsv      *self);
guint                ond_csv_get_n_rows     (OndCsv      *self);
/* The data rows below the header, in file order. */
const OndCsvRow     *ond_csv_get_row        (OndCsv      *self,
                                             guint        index);
/* The rows left out (another number of fields than the header), by line. */
guint                ond_csv_get_n_problems (OndCsv      *self);
const OndCsvProblem *ond_csv_get_problem    (OndCsv      *self,
                                             guint        index);

/* The SHA-256 of @data as 64 lower-case hex digits: how imports recognise a file. */
char                *ond_csv_sha256         (const char  *data,
                                             gsize        length) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndCsv, ond_csv_free)

G_END_DECLS
