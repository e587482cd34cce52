/* ond-booking-import-scan.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The booking import's problems with the form of a CSV file, with the line and the column
 * where they lie: a file OndCsv cannot read (empty, a zero byte, bytes that are no text, a
 * quote never closed) and the rows it leaves out for their number of fields (mixed
 * separators). OndCsv stops at the first and only gives a line for the second; a scan here
 * reads the raw bytes again with the same rules (ond-csv.c), only when a file has such a
 * problem.
 */

#define G_LOG_DOMAIN "ond-booking-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-booking-import-private.h"

/* Where in the bytes a scan stopped. */
typedef struct
{
  char       separator;
  GPtrArray *header;        /* char *, the header's fields as valid UTF-8; empty when the
                             * scan stopped inside the header */
  guint      line;          /* the line at the stop position */
  guint      row_line;      /* the line the row at the stop position starts on */
  guint      field;         /* the index of the field at the stop position */
  gboolean   in_header;     /* the stop position lies in the header row */
  gboolean   in_quotes;     /* a quoted field is open at the stop position */
  guint      quote_line;    /* ... opened on this line */
} OndCsvSpot;

/* Called for each row below the header: its line, its fields (raw bytes, NULL-terminated)
 * and how often the separator that was not chosen occurs in it outside quotes. */
typedef void (*OndCsvScanRow) (guint      line,
                               GPtrArray *fields,
                               guint      n_other_separators,
                               gpointer   user_data);

typedef struct
{
  OndCsvSpot    *spot;
  OndCsvScanRow  row_func;
  gpointer       user_data;
  GPtrArray     *fields;        /* char *, of the row being read */
  GString       *field;
  gboolean       after_quote;
  gboolean       row_has_text;
  gboolean       header_done;
  guint          row_line;
  guint          n_other;
} Scan;

/* As ond-csv.c picks it: the one of ';' and ',' that occurs more often outside quotes in the
 * first line that holds anything, ';' when they tie. */
static char
detect_separator (const char *text,
                  gsize       length)
{
  gsize semicolons = 0;
  gsize commas = 0;
  gboolean in_quotes = FALSE;
  gboolean has_content = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (c == '"')
        {
          in_quotes = !in_quotes;
          continue;
        }
      if (in_quotes)
        {
          has_content = TRUE;
          continue;
        }
      if (c == '\n' || c == '\r')
        {
          if (has_content)
            break;
          semicolons = commas = 0;
          continue;
        }
      if (c == ';')
        semicolons++;
      else if (c == ',')
        commas++;
      else if (c != ' ' && c != '\t')
        has_content = TRUE;
    }

  return commas > semicolons ? ',' : ';';
}

/* @raw as valid UTF-8: as it is, else read as Windows-1252, else with its bad bytes
 * replaced. */
static char *
make_text (const char *raw)
{
  char *converted;

  if (g_utf8_validate (raw, -1, NULL))
    return g_strdup (raw);
  converted = g_convert (raw, -1, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
  if (converted != NULL)
    return converted;
  return g_utf8_make_valid (raw, -1);
}

static void
end_field (Scan *scan)
{
  g_ptr_array_add (scan->fields, g_strdup (scan->field->str));
  g_string_truncate (scan->field, 0);
  scan->after_quote = FALSE;
}

static void
end_row (Scan *scan)
{
  gboolean all_empty = TRUE;

  end_field (scan);
  for (guint i = 0; i < scan->fields->len && all_empty; i++)
    all_empty = ((const char *) g_ptr_array_index (scan->fields, i))[0] == '\0';

  if (!all_empty && !scan->header_done)
    {
      for (guint i = 0; i < scan->fields->len; i++)
        g_ptr_array_add (scan->spot->header, make_text (g_ptr_array_index (scan->fields, i)));
      scan->header_done = TRUE;
    }
  else if (!all_empty && scan->row_func != NULL)
    {
      g_ptr_array_add (scan->fields, NULL);
      scan->row_func (scan->row_line, scan->fields, scan->n_other, scan->user_data);
    }

  g_ptr_array_set_size (scan->fields, 0);
  scan->row_has_text = FALSE;
  scan->n_other = 0;
}

static gboolean
field_is_blank (GString *field)
{
  for (gsize i = 0; i < field->len; i++)
    {
      if (field->str[i] != ' ' && field->str[i] != '\t')
        return FALSE;
    }
  return TRUE;
}

/* Reads @text (the bytes of a CSV file after its byte order mark) as ond-csv.c does, up to
 * @stop (a byte offset; @length to read everything); @spot receives the separator, the
 * header and where @stop lies (clear it with spot_clear ()). @row_func is called for each
 * row below the header that ends before @stop; when @stop is @length, for the last row too
 * (unless a quote is still open). */
static void
csv_scan (const char    *text,
               gsize          length,
               gsize          stop,
               OndCsvScanRow  row_func,
               gpointer       user_data,
               OndCsvSpot    *spot)
{
  Scan scan = { 0 };
  gboolean in_quotes = FALSE;
  guint line = 1;
  guint quote_line = 0;
  char separator;
  char other;
  gsize i = 0;

  memset (spot, 0, sizeof *spot);
  spot->header = g_ptr_array_new_with_free_func (g_free);
  spot->separator = separator = detect_separator (text, length);
  other = separator == ';' ? ',' : ';';
  stop = MIN (stop, length);

  scan.spot = spot;
  scan.row_func = row_func;
  scan.user_data = user_data;
  scan.fields = g_ptr_array_new_with_free_func (g_free);
  scan.field = g_string_new (NULL);
  scan.row_line = 1;

  while (i < stop)
    {
      char c = text[i];

      if (in_quotes)
        {
          if (c == '"' && i + 1 < length && text[i + 1] == '"')
            {
              g_string_append_c (scan.field, '"');
              i += 2;
            }
          else if (c == '"')
            {
              in_quotes = FALSE;
              scan.after_quote = TRUE;
              i += 1;
            }
          else if (c == '\r' || c == '\n')
            {
              g_string_append_c (scan.field, '\n');
              i += (c == '\r' && i + 1 < length && text[i + 1] == '\n') ? 2 : 1;
              line++;
            }
          else
            {
              g_string_append_c (scan.field, c);
              i += 1;
            }
          continue;
        }

      if (c == separator)
        {
          end_field (&scan);
          scan.row_has_text = TRUE;
          i += 1;
        }
      else if (c == '\r' || c == '\n')
        {
          end_row (&scan);
          i += (c == '\r' && i + 1 < length && text[i + 1] == '\n') ? 2 : 1;
          line++;
          scan.row_line = line;
        }
      else if (c == '"' && !scan.after_quote && field_is_blank (scan.field))
        {
          g_string_truncate (scan.field, 0);
          in_quotes = TRUE;
          quote_line = line;
          scan.row_has_text = TRUE;
          i += 1;
        }
      else
        {
          if (c == other)
            scan.n_other++;
          g_string_append_c (scan.field, c);
          scan.row_has_text = TRUE;
          i += 1;
        }
    }

  spot->line = line;
  spot->row_line = scan.row_line;
  spot->field = scan.fields->len;
  spot->in_header = !scan.header_done;
  spot->in_quotes = in_quotes;
  spot->quote_line = quote_line;

  if (stop == length && !in_quotes && scan.row_has_text)
    end_row (&scan);

  g_ptr_array_unref (scan.fields);
  g_string_free (scan.field, TRUE);
}

static void
spot_clear (OndCsvSpot *spot)
{
  g_clear_pointer (&spot->header, g_ptr_array_unref);
}

/**
 * _ond_booking_column_name:
 * @header: (nullable): the header name of the column, as in the file
 * @index: the column's index, from 0
 *
 * Returns: (transfer full): @header trimmed, or "column N" (counted from 1) when the
 *   column has no name
 */
char *
_ond_booking_column_name (const char *header,
                          guint       index)
{
  char *name;

  if (header != NULL)
    {
      name = g_strstrip (g_strdup (header));
      if (name[0] != '\0')
        return name;
      g_free (name);
    }
  /* Translators: how a problem names a column without a header name; %u counts from 1. */
  return g_strdup_printf (_("column %u"), index + 1);
}

/* The shape of a row that OndCsv left out for its number of fields. */
typedef struct
{
  guint n_fields;
  guint n_other;   /* the separator that was not chosen, outside quotes */
} RowShape;

static void
collect_shape (guint      line,
               GPtrArray *fields,
               guint      n_other,
               gpointer   user_data)
{
  GHashTable *shapes = user_data;
  RowShape *shape = g_new0 (RowShape, 1);

  shape->n_fields = fields->len - 1;   /* without the NULL at the end */
  shape->n_other = n_other;
  g_hash_table_insert (shapes, GUINT_TO_POINTER (line), shape);
}

GHashTable *
_ond_booking_import_scan_shapes (OndCsv     *csv,
                                 const char *bytes,
                                 gsize       length)
{
  GHashTable *shapes;
  OndCsvSpot spot;
  gsize bom = ond_csv_get_had_bom (csv) ? 3 : 0;

  if (ond_csv_get_n_problems (csv) == 0)
    return NULL;
  shapes = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  csv_scan (bytes + bom, length - bom, length - bom, collect_shape, shapes, &spot);
  spot_clear (&spot);
  return shapes;
}

void
_ond_booking_import_report_shape (OndBookingImportData *data,
                                  GHashTable           *shapes,
                                  OndCsv               *csv,
                                  const OndCsvProblem  *problem)
{
  const OndCsvRow *header = ond_csv_get_header (csv);
  RowShape *shape = shapes != NULL ? g_hash_table_lookup (shapes,
                                                          GUINT_TO_POINTER (problem->line))
                                   : NULL;
  guint expected = header->n_fields;
  char separator = ond_csv_get_separator (csv);
  char other = separator == ';' ? ',' : ';';
  g_autofree char *column = NULL;

  if (shape == NULL)
    {
      /* Not seen by the scan: OndCsv's own words, without a column. */
      _ond_booking_import_add_problem (data->problems, problem->line, NULL,
                                       g_strdup (problem->message));
      return;
    }

  if (shape->n_fields < expected)
    column = _ond_booking_column_name (header->fields[shape->n_fields], shape->n_fields);
  else
    column = _ond_booking_column_name (NULL, expected);

  if (shape->n_other > 0 && (shape->n_other + 1 == expected || shape->n_fields == 1))
    _ond_booking_import_add_problem (data->problems, problem->line, column,
                                     /* Translators: the %c are the separators ',' and ';'. */
                                     g_strdup_printf (_("This row is separated by “%c” where "
                                                        "the header uses “%c” (mixed "
                                                        "separators)"), other, separator));
  else
    _ond_booking_import_add_problem (data->problems, problem->line, column,
                                     g_strdup_printf (ngettext ("This row has %u field where "
                                                                "the header has %u",
                                                                "This row has %u fields where "
                                                                "the header has %u",
                                                                shape->n_fields),
                                                      shape->n_fields, expected));
}

/* The first byte of @text that is no text: a zero byte, or where the bytes stop being
 * UTF-8 (after a byte order mark) or Windows-1252. */
static gsize
find_bad_byte (const char *text,
               gsize       length,
               gboolean    had_bom,
               gboolean   *zero)
{
  const char *nul = memchr (text, '\0', length);
  const char *end = NULL;
  g_autofree char *converted = NULL;
  gsize read = 0;

  *zero = nul != NULL;
  if (nul != NULL)
    return nul - text;
  if (g_utf8_validate (text, length, &end) || had_bom)
    return end - text;
  converted = g_convert (text, length, "UTF-8", "WINDOWS-1252", &read, NULL, NULL);
  return converted != NULL ? (gsize) (end - text) : read;
}

/* The header the mapping asks for: "Datum;Kostenpost;Bedrag;...". */
static char *
header_example (const OndBookingMapping *mapping)
{
  GString *out = g_string_new (NULL);

  for (guint f = 0; f < OND_BOOKING_N_FIELDS; f++)
    {
      if (mapping->columns[f] == NULL)
        continue;
      if (out->len > 0)
        g_string_append_c (out, ';');
      g_string_append (out, mapping->columns[f]);
    }
  return g_string_free (out, FALSE);
}

void
_ond_booking_import_report_unreadable (OndBookingImportData    *data,
                                       const OndBookingMapping *mapping,
                                       const char              *bytes,
                                       gsize                    length,
                                       const GError            *error)
{
  gboolean had_bom = length >= 3 && memcmp (bytes, "\xEF\xBB\xBF", 3) == 0;
  const char *text = had_bom ? bytes + 3 : bytes;
  gsize text_length = had_bom ? length - 3 : length;
  g_autofree char *column = NULL;
  OndCsvSpot spot;
  gboolean zero = FALSE;
  gsize stop;

  if (error->domain != OND_CSV_ERROR || error->code == OND_CSV_ERROR_EMPTY)
    {
      const char *first = mapping->columns[OND_BOOKING_FIELD_DATE];
      g_autofree char *example = header_example (mapping);

      if (first == NULL)
        first = ond_booking_field_label (OND_BOOKING_FIELD_DATE);
      /* Translators: %s is a header line, such as Datum;Kostenpost;Bedrag;Soort. */
      _ond_booking_import_add_problem (data->problems, 1, first,
                                       length == 0
                                       ? g_strdup_printf (_("The file is empty (0 bytes); its "
                                                            "first line should be the header "
                                                            "%s"), example)
                                       : g_strdup_printf (_("The file has no header line; it "
                                                            "should start with the header %s"),
                                                          example));
      return;
    }

  stop = error->code == OND_CSV_ERROR_ENCODING
         ? find_bad_byte (text, text_length, had_bom, &zero) : text_length;
  csv_scan (text, text_length, stop, NULL, NULL, &spot);

  if (spot.in_header || spot.field >= spot.header->len)
    column = _ond_booking_column_name (NULL, spot.field);
  else
    column = _ond_booking_column_name (g_ptr_array_index (spot.header, spot.field), spot.field);

  if (error->code == OND_CSV_ERROR_UNTERMINATED_QUOTE)
    _ond_booking_import_add_problem (data->problems,
                                     spot.in_quotes ? spot.quote_line : spot.row_line, column,
                                     g_strdup (_("A field opened with a quote (\") is never "
                                                 "closed")));
  else if (zero)
    _ond_booking_import_add_problem (data->problems, spot.line, column,
                                     g_strdup (_("The file is not plain text: it holds a zero "
                                                 "byte here (a spreadsheet or other binary "
                                                 "file?); save it as CSV")));
  else
    _ond_booking_import_add_problem (data->problems, spot.line, column,
                                     g_strdup (_("The file is neither UTF-8 nor Windows-1252 "
                                                 "text here; save it as CSV (UTF-8)")));
  spot_clear (&spot);
}
