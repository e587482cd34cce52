/* ond-csv.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A CSV reader for the imports. Works on bytes: the separators, quotes and line ends it looks
 * for are ASCII, so they never occur inside a multi-byte UTF-8 character.
 */

#define G_LOG_DOMAIN "ond-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-csv.h"

struct _OndCsv
{
  char        separator;
  const char *encoding;
  gboolean    had_bom;
  OndCsvRow  *header;
  GPtrArray  *rows;      /* OndCsvRow * */
  GPtrArray  *problems;  /* OndCsvProblem * */
};

/* What the tokenizer is reading. */
typedef struct
{
  OndCsv    *csv;
  GPtrArray *fields;     /* char *, of the row being read */
  GString   *field;
  guint      line;       /* the physical line at the reading position */
  guint      row_line;   /* the line the row being read started on */
  gboolean   row_has_text;
  gboolean   after_quote;  /* the field's closing quote has been read */
} Reader;

G_DEFINE_QUARK (ond-csv-error-quark, ond_csv_error)

static void
row_free (gpointer data)
{
  OndCsvRow *row = data;

  g_strfreev (row->fields);
  g_free (row);
}

static void
problem_free (gpointer data)
{
  OndCsvProblem *problem = data;

  g_free (problem->message);
  g_free (problem);
}

/* Picks the separator from the header: the first line that holds anything else than
 * separators, quotes and white space. The one of ';' and ',' that occurs more often outside
 * quotes wins; ';' (what a Dutch spreadsheet writes) when they tie. */
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

static void
end_field (Reader *reader)
{
  g_ptr_array_add (reader->fields, g_strdup (reader->field->str));
  g_string_truncate (reader->field, 0);
  reader->after_quote = FALSE;
}

static void
add_problem (OndCsv *self,
             guint   line,
             char   *message)
{
  OndCsvProblem *problem = g_new0 (OndCsvProblem, 1);

  problem->line = line;
  problem->message = message;
  g_ptr_array_add (self->problems, problem);
}

static void
end_row (Reader *reader)
{
  OndCsv *self = reader->csv;
  g_autoptr(GPtrArray) fields = NULL;
  OndCsvRow *row;
  gboolean all_empty = TRUE;
  guint n;

  end_field (reader);
  fields = g_steal_pointer (&reader->fields);
  reader->fields = g_ptr_array_new_with_free_func (g_free);
  reader->row_has_text = FALSE;

  for (guint i = 0; i < fields->len && all_empty; i++)
    all_empty = ((const char *) g_ptr_array_index (fields, i))[0] == '\0';
  if (all_empty)
    return;

  n = fields->len;
  if (self->header != NULL && n != self->header->n_fields)
    {
      guint expected = self->header->n_fields;
      gboolean extra_empty = n > expected;

      for (guint i = expected; i < n && extra_empty; i++)
        extra_empty = ((const char *) g_ptr_array_index (fields, i))[0] == '\0';
      if (!extra_empty)
        {
          add_problem (self, reader->row_line,
                       g_strdup_printf (ngettext ("This row has %u field where the header "
                                                  "has %u",
                                                  "This row has %u fields where the header "
                                                  "has %u", n),
                                        n, expected));
          return;
        }
      g_ptr_array_set_size (fields, expected);
      n = expected;
    }

  g_ptr_array_add (fields, NULL);
  row = g_new0 (OndCsvRow, 1);
  row->line = reader->row_line;
  row->n_fields = n;
  row->fields = (char **) g_ptr_array_steal (fields, NULL);

  if (self->header == NULL)
    self->header = row;
  else
    g_ptr_array_add (self->rows, row);
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

static gboolean
tokenize (OndCsv      *self,
          const char  *text,
          gsize        length,
          GError     **error)
{
  Reader reader = { 0 };
  gboolean in_quotes = FALSE;
  guint quote_line = 0;
  gsize i = 0;

  reader.csv = self;
  reader.fields = g_ptr_array_new_with_free_func (g_free);
  reader.field = g_string_new (NULL);
  reader.line = 1;
  reader.row_line = 1;

  while (i < length)
    {
      char c = text[i];

      if (in_quotes)
        {
          if (c == '"' && i + 1 < length && text[i + 1] == '"')
            {
              g_string_append_c (reader.field, '"');
              i += 2;
            }
          else if (c == '"')
            {
              in_quotes = FALSE;
              reader.after_quote = TRUE;
              i += 1;
            }
          else if (c == '\r' || c == '\n')
            {
              /* A line break inside a field is kept as "\n", whatever the file used. */
              g_string_append_c (reader.field, '\n');
              i += (c == '\r' && i + 1 < length && text[i + 1] == '\n') ? 2 : 1;
              reader.line++;
            }
          else
            {
              g_string_append_c (reader.field, c);
              i += 1;
            }
          continue;
        }

      if (c == self->separator)
        {
          end_field (&reader);
          reader.row_has_text = TRUE;
          i += 1;
        }
      else if (c == '\r' || c == '\n')
        {
          end_row (&reader);
          i += (c == '\r' && i + 1 < length && text[i + 1] == '\n') ? 2 : 1;
          reader.line++;
          reader.row_line = reader.line;
        }
      else if (c == '"' && !reader.after_quote && field_is_blank (reader.field))
        {
          /* An opening quote; white space written before it is not part of the field. */
          g_string_truncate (reader.field, 0);
          in_quotes = TRUE;
          quote_line = reader.line;
          reader.row_has_text = TRUE;
          i += 1;
        }
      else
        {
          /* Anything else, also a quote inside an unquoted field or text after a closing
           * quote, is taken as it is written. */
          g_string_append_c (reader.field, c);
          reader.row_has_text = TRUE;
          i += 1;
        }
    }

  if (in_quotes)
    {
      g_set_error (error, OND_CSV_ERROR, OND_CSV_ERROR_UNTERMINATED_QUOTE,
                   _("Line %u: a field opened with a quote (\") is never closed"), quote_line);
    }
  else if (reader.row_has_text)
    {
      end_row (&reader);
    }

  g_ptr_array_unref (reader.fields);
  g_string_free (reader.field, TRUE);

  if (in_quotes)
    return FALSE;
  if (self->header == NULL)
    {
      g_set_error_literal (error, OND_CSV_ERROR, OND_CSV_ERROR_EMPTY,
                           _("The file is empty: it has no header line"));
      return FALSE;
    }
  return TRUE;
}

/**
 * ond_csv_parse:
 * @data: the bytes of a CSV file
 * @length: the number of bytes in @data
 * @error: return location for an error (%OND_CSV_ERROR)
 *
 * Reads a CSV file. UTF-8 is taken as it is (a byte order mark is removed); bytes that are
 * not valid UTF-8 are read as Windows-1252, what spreadsheets on Windows write. The
 * separator is ';' or ',', whichever splits the header line into more fields.
 *
 * Returns: (transfer full): the header and rows, or %NULL with @error set when the bytes
 *   are no text, there is no header, or a quoted field is not closed
 */
OndCsv *
ond_csv_parse (const char  *data,
               gsize        length,
               GError     **error)
{
  g_autoptr(OndCsv) self = NULL;
  g_autofree char *converted = NULL;
  const char *text = data;
  gsize text_length = length;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (OndCsv, 1);
  self->rows = g_ptr_array_new_with_free_func (row_free);
  self->problems = g_ptr_array_new_with_free_func (problem_free);
  self->encoding = "UTF-8";

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      self->had_bom = TRUE;
      text += 3;
      text_length -= 3;
    }

  if (text_length > 0 && memchr (text, '\0', text_length) != NULL)
    {
      g_set_error_literal (error, OND_CSV_ERROR, OND_CSV_ERROR_ENCODING,
                           _("The file is not plain text (it contains zero bytes); "
                             "save it as CSV, UTF-8 or Windows"));
      return NULL;
    }

  if (!g_utf8_validate (text, text_length, NULL))
    {
      gsize written = 0;

      if (self->had_bom)
        {
          g_set_error_literal (error, OND_CSV_ERROR, OND_CSV_ERROR_ENCODING,
                               _("The file is marked as UTF-8 but is not valid UTF-8"));
          return NULL;
        }
      converted = g_convert (text, text_length, "UTF-8", "WINDOWS-1252", NULL, &written,
                             NULL);
      if (converted == NULL)
        {
          g_set_error_literal (error, OND_CSV_ERROR, OND_CSV_ERROR_ENCODING,
                               _("The file is neither UTF-8 nor Windows-1252 text"));
          return NULL;
        }
      self->encoding = "WINDOWS-1252";
      text = converted;
      text_length = written;
    }

  self->separator = detect_separator (text, text_length);
  if (!tokenize (self, text, text_length, error))
    return NULL;

  return g_steal_pointer (&self);
}

void
ond_csv_free (OndCsv *self)
{
  if (self == NULL)
    return;
  if (self->header != NULL)
    row_free (self->header);
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->problems);
  g_free (self);
}

char
ond_csv_get_separator (OndCsv *self)
{
  g_return_val_if_fail (self != NULL, ';');

  return self->separator;
}

const char *
ond_csv_get_encoding (OndCsv *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->encoding;
}

gboolean
ond_csv_get_had_bom (OndCsv *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->had_bom;
}

const OndCsvRow *
ond_csv_get_header (OndCsv *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->header;
}

guint
ond_csv_get_n_rows (OndCsv *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

const OndCsvRow *
ond_csv_get_row (OndCsv *self,
                 guint   index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return g_ptr_array_index (self->rows, index);
}

guint
ond_csv_get_n_problems (OndCsv *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->problems->len;
}

const OndCsvProblem *
ond_csv_get_problem (OndCsv *self,
                     guint   index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->problems->len, NULL);

  return g_ptr_array_index (self->problems, index);
}

/**
 * ond_csv_sha256:
 * @data: bytes
 * @length: the number of bytes in @data
 *
 * Returns: (transfer full): the SHA-256 of @data as 64 lower-case hex digits
 */
char *
ond_csv_sha256 (const char *data,
                gsize       length)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) (data ? data : ""),
                                      length);
}
