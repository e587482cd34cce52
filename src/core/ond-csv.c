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
#include "ond-memory.h"

/* The text of every field is written once, unquoted and NUL-terminated, into one buffer the
 * size of the input (a field never takes more bytes than it was written with, and the byte
 * after it, a separator or line end, holds its NUL); the rows point into it. */
struct _OndCsv
{
  char        separator;
  const char *encoding;
  gboolean    had_bom;
  char       *text;      /* the fields' text */
  char      **fields;    /* each row's fields and a NULL, the header's first */
  gsize       n_fields;
  gsize       fields_room;
  GArray     *rows;      /* OndCsvRow: the header, then the data rows */
  GPtrArray  *problems;  /* OndCsvProblem * */
};

/* What the tokenizer is reading. */
typedef struct
{
  OndCsv    *csv;
  char      *out;          /* where the next byte of text goes */
  char      *field;        /* the start of the field being read */
  const char *end;         /* the end of the room for the text */
  gsize      row_start;    /* the index in csv->fields of the row's first field */
  gsize      n_breaks;     /* the '\n' in the text: about the number of rows */
  guint      line;         /* the physical line at the reading position */
  guint      row_line;     /* the line the row being read started on */
  gboolean   row_has_text;
  gboolean   after_quote;  /* the field's closing quote has been read */
} Reader;

G_DEFINE_QUARK (ond-csv-error-quark, ond_csv_error)

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

/* Makes room for @n fields in all. */
static void
reserve_fields (OndCsv *self,
                gsize   n)
{
  char **fields;

  if (n <= self->fields_room)
    return;
  fields = ond_memory_alloc_large (n * sizeof (char *));
  if (self->n_fields > 0)
    memcpy (fields, self->fields, self->n_fields * sizeof (char *));
  g_free (self->fields);
  self->fields = fields;
  self->fields_room = n;
}

static inline void
add_field (OndCsv *self,
           char   *field)
{
  if (G_UNLIKELY (self->n_fields == self->fields_room))
    reserve_fields (self, MAX (self->fields_room * 2, 64));
  self->fields[self->n_fields++] = field;
}

static void
end_field (Reader *reader)
{
  *reader->out++ = '\0';
  add_field (reader->csv, reader->field);
  reader->field = reader->out;
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

static inline const char *
field_at (OndCsv *self,
          gsize   index)
{
  return self->fields[index];
}

/* Makes room for @n items in @array without adding any. */
static void
reserve (GArray *array,
         gsize   n)
{
  guint len = array->len;

  if (n > G_MAXUINT / 2 || n <= len)
    return;
  g_array_set_size (array, (guint) n);
  g_array_set_size (array, len);
}

/* Drops the row being read: its fields, and its text. */
static void
drop_row (Reader *reader)
{
  OndCsv *self = reader->csv;

  reader->out = reader->field = (char *) field_at (self, reader->row_start);
  self->n_fields = reader->row_start;
}

static void
end_row (Reader *reader)
{
  OndCsv *self = reader->csv;
  OndCsvRow row = { 0 };
  gboolean all_empty = TRUE;
  guint n;

  end_field (reader);
  reader->row_has_text = FALSE;
  n = self->n_fields - reader->row_start;

  for (guint i = 0; i < n && all_empty; i++)
    all_empty = field_at (self, reader->row_start + i)[0] == '\0';
  if (all_empty)
    {
      drop_row (reader);
      return;
    }

  if (self->rows->len > 0)
    {
      guint expected = g_array_index (self->rows, OndCsvRow, 0).n_fields;

      if (n != expected)
        {
          gboolean extra_empty = n > expected;

          for (guint i = expected; i < n && extra_empty; i++)
            extra_empty = field_at (self, reader->row_start + i)[0] == '\0';
          if (!extra_empty)
            {
              add_problem (self, reader->row_line,
                           g_strdup_printf (ngettext ("This row has %u field where the header "
                                                      "has %u",
                                                      "This row has %u fields where the header "
                                                      "has %u", n),
                                            n, expected));
              drop_row (reader);
              return;
            }
          self->n_fields = reader->row_start + expected;
          n = expected;
        }
    }

  /* The row's fields are found by their index until the parse is done (the array moves). */
  row.line = reader->row_line;
  row.n_fields = n;
  row.fields = GSIZE_TO_POINTER (reader->row_start);
  g_array_append_val (self->rows, row);
  add_field (self, NULL);
  reader->row_start = self->n_fields;

  /* With the header known, make room for the rows to come at once (never more than one
   * field per byte of text, whatever the header says). */
  if (self->rows->len == 1)
    reserve_fields (self, MIN ((reader->n_breaks + 1) * (n + 1),
                               reader->n_breaks + 2 + (gsize) (reader->end - reader->field)));
}

static gboolean
field_is_blank (const char *start,
                const char *end)
{
  for (const char *p = start; p < end; p++)
    {
      if (*p != ' ' && *p != '\t')
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
  reader.out = reader.field = self->text;
  reader.end = self->text + length;
  reader.line = 1;
  reader.row_line = 1;
  for (const char *p = length > 0 ? memchr (text, '\n', length) : NULL; p != NULL;
       p = memchr (p + 1, '\n', length - (gsize) (p + 1 - text)))
    reader.n_breaks++;
  reserve (self->rows, reader.n_breaks + 2);

  while (i < length)
    {
      char c = text[i];

      if (in_quotes)
        {
          if (c == '"' && i + 1 < length && text[i + 1] == '"')
            {
              *reader.out++ = '"';
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
              *reader.out++ = '\n';
              i += (c == '\r' && i + 1 < length && text[i + 1] == '\n') ? 2 : 1;
              reader.line++;
            }
          else
            {
              *reader.out++ = c;
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
      else if (c == '"' && !reader.after_quote && field_is_blank (reader.field, reader.out))
        {
          /* An opening quote; white space written before it is not part of the field. */
          reader.out = reader.field;
          in_quotes = TRUE;
          quote_line = reader.line;
          reader.row_has_text = TRUE;
          i += 1;
        }
      else
        {
          /* Anything else, also a quote inside an unquoted field or text after a closing
           * quote, is taken as it is written. */
          *reader.out++ = c;
          reader.row_has_text = TRUE;
          i += 1;
        }
    }

  if (in_quotes)
    {
      g_set_error (error, OND_CSV_ERROR, OND_CSV_ERROR_UNTERMINATED_QUOTE,
                   _("Line %u: a field opened with a quote (\") is never closed"), quote_line);
      return FALSE;
    }
  if (reader.row_has_text)
    end_row (&reader);
  if (self->rows->len == 0)
    {
      g_set_error_literal (error, OND_CSV_ERROR, OND_CSV_ERROR_EMPTY,
                           _("The file is empty: it has no header line"));
      return FALSE;
    }

  for (guint r = 0; r < self->rows->len; r++)
    {
      OndCsvRow *row = &g_array_index (self->rows, OndCsvRow, r);

      row->fields = &self->fields[GPOINTER_TO_SIZE (row->fields)];
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
  self->rows = g_array_new (FALSE, FALSE, sizeof (OndCsvRow));
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
  self->text = ond_memory_alloc_large (text_length + 1);
  if (!tokenize (self, text, text_length, error))
    return NULL;

  return g_steal_pointer (&self);
}

void
ond_csv_free (OndCsv *self)
{
  if (self == NULL)
    return;
  g_free (self->text);
  g_free (self->fields);
  g_array_unref (self->rows);
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

  return &g_array_index (self->rows, OndCsvRow, 0);
}

guint
ond_csv_get_n_rows (OndCsv *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len - 1;
}

const OndCsvRow *
ond_csv_get_row (OndCsv *self,
                 guint   index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index + 1 < self->rows->len, NULL);

  return &g_array_index (self->rows, OndCsvRow, index + 1);
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
