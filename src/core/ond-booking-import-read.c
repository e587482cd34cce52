/* ond-booking-import-read.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reading and checking a CSV export of bookings (ond-booking-import.h) before anything is
 * written: every row becomes a row to add, a skipped row (already in the database or earlier
 * in the file) or one or more problems, each with its line and column. Made for 100,000
 * rows: the texts of the rows go into one GStringChunk, the rows into blocks, and dates,
 * cost lines and kinds as written are looked up once each.
 */

#define G_LOG_DOMAIN "ond-booking-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-booking-import-private.h"
#include "ond-budget-line.h"
#include "ond-date.h"
#include "ond-money.h"
#include "ond-store-bookings.h"
#include "ond-store-imports.h"
#include "ond-store-vocabulary.h"
#include "ond-text.h"

#define KIND_COMMITMENT "verplichting"

typedef struct
{
  gint64      id;
  const char *name;          /* in the import's strings */
  const char *ledger_code;
} LineInfo;

typedef struct
{
  const char *code;          /* in the import's strings */
  const char *label;
} KindInfo;

typedef struct
{
  OndBookingImportData    *data;
  const OndBookingMapping *mapping;
  const OndCsvRow         *header;
  int                      positions[OND_BOOKING_N_FIELDS];  /* field index, or -1 */
  char                    *names[OND_BOOKING_N_FIELDS];      /* the column as problems name it */
  guint                    n_named;     /* header fields up to the last one with a name */
  GArray                  *lines;       /* LineInfo */
  GArray                  *kinds;       /* KindInfo */
  GHashTable              *line_names;  /* folded name or ledger code -> LineInfo * */
  GHashTable              *kind_names;  /* folded code or label -> KindInfo * */
  /* Values as written in the file (kept by the OndCsv) -> what they are. */
  GHashTable              *line_cache;  /* -> LineInfo *, or NULL when unknown */
  GHashTable              *kind_cache;  /* -> KindInfo *, or NULL when unknown */
  GHashTable              *date_cache;  /* -> ISO date in the import's strings */
  GHashTable              *keys;        /* OndBookingRow * -> its file line, 0 = stored */
} Reader;

static void
add_problem (Reader     *r,
             guint       line,
             const char *column,
             char       *message)
{
  _ond_booking_import_add_problem (r->data->problems, line, column, message);
}

/* The key of a booking for duplicates: date, line, amount and reference. */
static guint
row_hash (gconstpointer p)
{
  const OndBookingRow *row = p;

  return g_str_hash (row->date) * 31u + g_str_hash (row->reference) * 17u +
         (guint) row->line_id * 7u + (guint) (row->amount ^ (row->amount >> 32));
}

static gboolean
row_equal (gconstpointer a,
           gconstpointer b)
{
  const OndBookingRow *x = a;
  const OndBookingRow *y = b;

  return x->line_id == y->line_id && x->amount == y->amount &&
         strcmp (x->date, y->date) == 0 && strcmp (x->reference, y->reference) == 0;
}

static void
add_stored_key (const char *date,
                gint64      line_id,
                gint64      amount,
                const char *reference,
                gpointer    user_data)
{
  Reader *r = user_data;
  OndBookingRow *row = _ond_booking_import_new_row (r->data);

  row->date = g_string_chunk_insert_const (r->data->strings, date);
  row->line_id = line_id;
  row->amount = amount;
  row->reference = _ond_booking_import_keep (r->data, reference);
  g_hash_table_replace (r->keys, row, GUINT_TO_POINTER (0));
}

static void
reader_clear (Reader *r)
{
  for (guint i = 0; i < OND_BOOKING_N_FIELDS; i++)
    g_clear_pointer (&r->names[i], g_free);
  g_clear_pointer (&r->lines, g_array_unref);
  g_clear_pointer (&r->kinds, g_array_unref);
  g_clear_pointer (&r->line_names, g_hash_table_unref);
  g_clear_pointer (&r->kind_names, g_hash_table_unref);
  g_clear_pointer (&r->line_cache, g_hash_table_unref);
  g_clear_pointer (&r->kind_cache, g_hash_table_unref);
  g_clear_pointer (&r->date_cache, g_hash_table_unref);
  g_clear_pointer (&r->keys, g_hash_table_unref);
}

/* Adds @text (folded) as a way of writing @value; the first to claim a name keeps it. */
static void
add_name (GHashTable *names,
          const char *text,
          gpointer    value)
{
  char *key;

  if (ond_text_is_blank (text))
    return;
  key = ond_text_fold (text);
  if (g_hash_table_contains (names, key))
    g_free (key);
  else
    g_hash_table_insert (names, key, value);
}

/* The plan's lines (by name first, then by ledger code), the kinds of booking and the
 * bookings already stored. */
static gboolean
reader_load (Reader    *r,
             OndStore  *store,
             gint64     plan_id,
             GError   **error)
{
  OndBookingImportData *data = r->data;
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(GPtrArray) kinds = NULL;
  guint n;

  r->line_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->kind_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->line_cache = g_hash_table_new (g_str_hash, g_str_equal);
  r->kind_cache = g_hash_table_new (g_str_hash, g_str_equal);
  r->date_cache = g_hash_table_new (g_str_hash, g_str_equal);
  r->keys = g_hash_table_new (row_hash, row_equal);

  lines = ond_store_list_budget_lines (store, plan_id, error);
  if (lines == NULL)
    return FALSE;
  n = g_list_model_get_n_items (lines);
  r->lines = g_array_sized_new (FALSE, TRUE, sizeof (LineInfo), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (lines, i);
      const char *code = ond_budget_line_get_ledger_code (line);
      LineInfo info = { ond_budget_line_get_id (line), NULL, NULL };

      info.name = g_string_chunk_insert_const (data->strings, ond_budget_line_get_name (line));
      if (!ond_text_is_blank (code))
        info.ledger_code = _ond_booking_import_keep (data, code);
      g_array_append_val (r->lines, info);
    }
  for (guint i = 0; i < n; i++)
    add_name (r->line_names, g_array_index (r->lines, LineInfo, i).name,
              &g_array_index (r->lines, LineInfo, i));
  for (guint i = 0; i < n; i++)
    add_name (r->line_names, g_array_index (r->lines, LineInfo, i).ledger_code,
              &g_array_index (r->lines, LineInfo, i));

  kinds = ond_store_list_vocabulary (store, "booking_kind", error);
  if (kinds == NULL)
    return FALSE;
  r->kinds = g_array_sized_new (FALSE, TRUE, sizeof (KindInfo), kinds->len);
  for (guint i = 0; i < kinds->len; i++)
    {
      OndVocabularyEntry *entry = g_ptr_array_index (kinds, i);
      KindInfo info = {
        g_string_chunk_insert_const (data->strings, entry->code),
        g_string_chunk_insert_const (data->strings, entry->label),
      };

      g_array_append_val (r->kinds, info);
    }
  for (guint i = 0; i < r->kinds->len; i++)
    {
      KindInfo *info = &g_array_index (r->kinds, KindInfo, i);

      add_name (r->kind_names, info->code, info);
      add_name (r->kind_names, info->label, info);
    }

  return _ond_store_add_booking_keys (store, plan_id, add_stored_key, r, &data->n_stored,
                                      &data->max_stored_id, error);
}

/* Maps the header onto the fields of the mapping; reports empty and repeated names and
 * required columns that are missing. */
static void
read_header (Reader *r)
{
  const OndCsvRow *header = r->header;
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

  r->n_named = 0;
  for (guint i = 0; i < header->n_fields; i++)
    {
      g_ptr_array_add (keys, ond_text_fold (header->fields[i]));
      if (!ond_text_is_blank (header->fields[i]))
        r->n_named = i + 1;
    }

  for (guint i = 0; i < header->n_fields; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      g_autofree char *name = _ond_booking_column_name (header->fields[i], i);

      if (key[0] == '\0')
        {
          /* Empty names after the last column are what a spreadsheet writes for a
           * trailing separator: a problem only where a row puts a value there. */
          if (i < r->n_named)
            add_problem (r, header->line, name,
                         g_strdup (_("This column has no name in the header")));
          continue;
        }
      for (guint j = 0; j < i; j++)
        {
          if (strcmp (key, g_ptr_array_index (keys, j)) == 0)
            {
              /* Translators: the %u are column numbers, counted from 1. */
              add_problem (r, header->line, name,
                           g_strdup_printf (_("This column name appears twice in the header "
                                              "(columns %u and %u)"), j + 1, i + 1));
              break;
            }
        }
    }

  for (guint f = 0; f < OND_BOOKING_N_FIELDS; f++)
    {
      const char *wanted = r->mapping->columns[f];
      g_autofree char *wanted_key = NULL;

      r->positions[f] = -1;
      if (wanted == NULL)
        {
          if (ond_booking_field_is_required (f))
            add_problem (r, header->line, ond_booking_field_label (f),
                         g_strdup (_("No column is chosen for this field")));
          r->names[f] = g_strdup (_ond_booking_field_default_header (f));
          continue;
        }
      wanted_key = ond_text_fold (wanted);
      for (guint i = 0; i < header->n_fields && r->positions[f] < 0; i++)
        {
          if (strcmp (wanted_key, g_ptr_array_index (keys, i)) == 0)
            r->positions[f] = (int) i;
        }
      if (r->positions[f] >= 0)
        {
          r->names[f] = _ond_booking_column_name (header->fields[r->positions[f]],
                                                  r->positions[f]);
          continue;
        }
      r->names[f] = g_strdup (wanted);
      if (ond_booking_field_is_required (f))
        /* Translators: %s is a field, as in "Amount". */
        add_problem (r, header->line, wanted,
                     g_strdup_printf (_("This column is missing from the header; the import "
                                        "needs it for the field “%s”"),
                                      ond_booking_field_label (f)));
    }
}

/* The value of @field in @row as written, "" when the header has no such column. */
static const char *
field_value (Reader          *r,
             const OndCsvRow *row,
             OndBookingField  field)
{
  int position = r->positions[field];

  if (position < 0 || (guint) position >= row->n_fields)
    return "";
  return row->fields[position];
}

/* The ISO date of @text, or NULL with a problem. */
static const char *
read_date (Reader          *r,
           const OndCsvRow *row,
           const char      *text)
{
  const char *column = r->names[OND_BOOKING_FIELD_DATE];
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  const char *kept;

  kept = g_hash_table_lookup (r->date_cache, text);
  if (kept != NULL)
    return kept;

  if (!ond_date_parse (text, &iso, &error))
    {
      add_problem (r, row->line, column, g_strdup (error->message));
      return NULL;
    }
  if (strcmp (iso, "2000-01-01") < 0 || strcmp (iso, "2100-12-31") > 0)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (text));

      add_problem (r, row->line, column,
                   g_strdup_printf (_("“%s” is not a date from 2000 to 2100"), trimmed));
      return NULL;
    }
  kept = g_string_chunk_insert_const (r->data->strings, iso);
  g_hash_table_insert (r->date_cache, (gpointer) text, (gpointer) kept);
  return kept;
}

/* Whether @text is an amount a booking can have; a problem when not. */
static gboolean
read_amount (Reader          *r,
             const OndCsvRow *row,
             const char      *text,
             gint64          *amount)
{
  const char *column = r->names[OND_BOOKING_FIELD_AMOUNT];
  g_autoptr(GError) error = NULL;
  g_autofree char *trimmed = NULL;
  g_autofree char *max = NULL;

  if (ond_money_parse (text, amount, &error))
    {
      if (*amount != 0 && *amount <= OND_BOOKING_MAX_AMOUNT &&
          *amount >= -OND_BOOKING_MAX_AMOUNT)
        return TRUE;
      if (*amount == 0)
        {
          add_problem (r, row->line, column, g_strdup (_("An amount of 0 is not a booking")));
          return FALSE;
        }
    }
  else if (!g_error_matches (error, OND_MONEY_ERROR, OND_MONEY_ERROR_OVERFLOW))
    {
      add_problem (r, row->line, column, g_strdup (error->message));
      return FALSE;
    }

  trimmed = g_strstrip (g_strdup (text));
  max = ond_money_format (OND_BOOKING_MAX_AMOUNT);
  /* Translators: the first %s is the amount in the file, the second € 100.000.000. */
  add_problem (r, row->line, column,
               g_strdup_printf (_("“%s” is beyond %s: check the amount"), trimmed, max));
  return FALSE;
}

/* What @text names in @names (folded), looked up once per way of writing it. */
static gpointer
find_cached (GHashTable *cache,
             GHashTable *names,
             const char *text)
{
  gpointer found = NULL;
  g_autofree char *key = NULL;

  if (g_hash_table_lookup_extended (cache, text, NULL, &found))
    return found;
  key = ond_text_fold (text);
  found = g_hash_table_lookup (names, key);
  g_hash_table_insert (cache, (gpointer) text, found);
  return found;
}

static LineInfo *
read_line (Reader          *r,
           const OndCsvRow *row,
           const char      *text)
{
  const char *column = r->names[OND_BOOKING_FIELD_LINE];
  LineInfo *line = find_cached (r->line_cache, r->line_names, text);
  g_autofree char *trimmed = NULL;

  if (line != NULL)
    return line;
  trimmed = g_strstrip (g_strdup (text));
  if (trimmed[0] == '\0')
    add_problem (r, row->line, column, g_strdup (_("No cost line was given")));
  else
    add_problem (r, row->line, column,
                 g_strdup_printf (_("“%s” is not a cost line of the plan; write its name as "
                                    "the plan does, or its ledger code"), trimmed));
  return NULL;
}

static KindInfo *
read_kind (Reader          *r,
           const OndCsvRow *row,
           const char      *text)
{
  const char *column = r->names[OND_BOOKING_FIELD_KIND];
  KindInfo *kind = find_cached (r->kind_cache, r->kind_names, text);
  g_autofree char *trimmed = NULL;

  if (kind != NULL)
    return kind;
  trimmed = g_strstrip (g_strdup (text));
  if (trimmed[0] == '\0')
    add_problem (r, row->line, column,
                 g_strdup (_("No kind was given; write realisatie or verplichting")));
  else
    add_problem (r, row->line, column,
                 g_strdup_printf (_("“%s” is not a kind of booking; write realisatie or "
                                    "verplichting"), trimmed));
  return NULL;
}

/* Turns one row into a row to add, a skipped row or problems. */
static void
read_row (Reader          *r,
          const OndCsvRow *row)
{
  OndBookingImportData *data = r->data;
  guint n_problems = data->problems->len;
  OndBookingRow key = { 0 };
  OndBookingRow *kept;
  const char *date = NULL;
  LineInfo *line = NULL;
  KindInfo *kind = NULL;
  gboolean amount_ok = FALSE;
  gpointer earlier;

  for (guint i = r->n_named; i < row->n_fields; i++)
    {
      if (!ond_text_is_blank (row->fields[i]))
        {
          g_autofree char *column = _ond_booking_column_name (NULL, i);

          add_problem (r, row->line, column,
                       g_strdup (_("This field holds a value, but its column has no name in "
                                   "the header")));
        }
    }

  if (r->positions[OND_BOOKING_FIELD_DATE] >= 0)
    date = read_date (r, row, field_value (r, row, OND_BOOKING_FIELD_DATE));
  if (r->positions[OND_BOOKING_FIELD_LINE] >= 0)
    line = read_line (r, row, field_value (r, row, OND_BOOKING_FIELD_LINE));
  if (r->positions[OND_BOOKING_FIELD_AMOUNT] >= 0)
    amount_ok = read_amount (r, row, field_value (r, row, OND_BOOKING_FIELD_AMOUNT),
                             &key.amount);
  if (r->positions[OND_BOOKING_FIELD_KIND] >= 0)
    kind = read_kind (r, row, field_value (r, row, OND_BOOKING_FIELD_KIND));
  key.reference = _ond_booking_import_keep_field (data, field_value (r, row,
                                                                  OND_BOOKING_FIELD_REFERENCE));

  /* A commitment is money promised: positive, and with the reference (order number) that
   * its realisaties use it up by (ond-store-bookings.h). */
  if (kind != NULL && strcmp (kind->code, KIND_COMMITMENT) == 0)
    {
      if (amount_ok && key.amount < 0)
        add_problem (r, row->line, r->names[OND_BOOKING_FIELD_AMOUNT],
                     g_strdup (_("A verplichting (commitment) cannot be negative")));
      if (key.reference[0] == '\0')
        add_problem (r, row->line, r->names[OND_BOOKING_FIELD_REFERENCE],
                     g_strdup (_("A verplichting (commitment) needs a reference, such as "
                                 "its order number")));
    }

  if (data->problems->len > n_problems || date == NULL || line == NULL || !amount_ok ||
      kind == NULL)
    return;

  key.date = date;
  key.line_id = line->id;
  if (g_hash_table_lookup_extended (r->keys, &key, NULL, &earlier))
    {
      guint earlier_line = GPOINTER_TO_UINT (earlier);

      if (earlier_line == 0)
        _ond_booking_import_add_problem (data->skipped, row->line, NULL,
                                         g_strdup (_("Skipped: this booking is already in the "
                                                     "database (same date, cost line, amount "
                                                     "and reference)")));
      else
        _ond_booking_import_add_problem (data->skipped, row->line, NULL,
                                         g_strdup_printf (_("Skipped: the same booking as line "
                                                            "%u (same date, cost line, amount "
                                                            "and reference)"), earlier_line));
      return;
    }

  kept = _ond_booking_import_new_row (data);
  *kept = key;
  kept->line_name = line->name;
  kept->ledger_code = line->ledger_code;
  kept->kind = kind->code;
  kept->kind_label = kind->label;
  kept->description = _ond_booking_import_keep_field (data, field_value (r, row,
                                                                      OND_BOOKING_FIELD_DESCRIPTION));
  kept->supplier = _ond_booking_import_keep_field (data, field_value (r, row,
                                                                   OND_BOOKING_FIELD_SUPPLIER));
  kept->file_line = row->line;
  g_hash_table_insert (r->keys, kept, GUINT_TO_POINTER (row->line));
  g_ptr_array_add (data->rows, kept);
}

/* Reads the rows of @csv, with the rows OndCsv left out reported in their place. */
static void
read_rows (Reader     *r,
           OndCsv     *csv,
           const char *bytes,
           gsize       length)
{
  g_autoptr(GHashTable) shapes = _ond_booking_import_scan_shapes (csv, bytes, length);
  guint n_rows = ond_csv_get_n_rows (csv);
  guint n_left_out = ond_csv_get_n_problems (csv);
  guint next = 0;

  for (guint i = 0; i < n_rows; i++)
    {
      const OndCsvRow *row = ond_csv_get_row (csv, i);

      for (; next < n_left_out && ond_csv_get_problem (csv, next)->line < row->line; next++)
        _ond_booking_import_report_shape (r->data, shapes, csv,
                                          ond_csv_get_problem (csv, next));
      read_row (r, row);
    }
  for (; next < n_left_out; next++)
    _ond_booking_import_report_shape (r->data, shapes, csv, ond_csv_get_problem (csv, next));
}

/* The SHA-256 of a file, computed beside the parse. */
typedef struct
{
  const char *bytes;
  gsize       length;
} HashJob;

static gpointer
hash_thread (gpointer user_data)
{
  HashJob *job = user_data;

  return ond_csv_sha256 (job->bytes, job->length);
}

/**
 * _ond_booking_import_read:
 * @data: where the rows, skipped rows and problems go
 * @store: the store whose plan lines, kinds and bookings the rows are checked against
 * @plan_id: the plan the bookings are for
 * @bytes: (array length=length): the file
 * @length: its number of bytes
 * @mapping: which header names hold which field
 *
 * Reads and checks a file; whatever goes wrong, also in reading the database, becomes a
 * problem. The problems of the whole file (line 0) come first, then by line. The file's
 * SHA-256 (by which an earlier import of it is found) is computed in a thread while the
 * file is parsed.
 *
 * Returns: (transfer full): the file's SHA-256
 */
char *
_ond_booking_import_read (OndBookingImportData    *data,
                          OndStore                *store,
                          gint64                   plan_id,
                          const char              *bytes,
                          gsize                    length,
                          const OndBookingMapping *mapping)
{
  g_autoptr(OndCsv) csv = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) csv_error = NULL;
  g_autofree char *earlier_name = NULL;
  g_autofree char *earlier_at = NULL;
  HashJob job = { bytes, length };
  GThread *hasher;
  char *sha256;
  Reader r = { 0 };
  gboolean found = FALSE;

  r.data = data;
  r.mapping = mapping;

  hasher = g_thread_new ("ond-sha256", hash_thread, &job);
  csv = ond_csv_parse (bytes, length, &csv_error);
  sha256 = g_thread_join (hasher);

  if (!ond_store_find_import_batch (store, sha256, &found, &earlier_name, &earlier_at,
                                    &error) ||
      !reader_load (&r, store, plan_id, &error))
    {
      add_problem (&r, 0, NULL, g_strdup (error->message));
      reader_clear (&r);
      return sha256;
    }

  if (found)
    {
      g_autofree char *when = ond_date_format (earlier_at);

      data->duplicate = TRUE;
      /* Translators: the first %s is a date and time, the second a file name. */
      add_problem (&r, 0, NULL,
                   g_strdup_printf (_("This file was imported before, on %s (as “%s”); "
                                      "nothing is added twice"), when, earlier_name));
    }

  if (csv == NULL)
    {
      _ond_booking_import_report_unreadable (data, mapping, bytes, length, csv_error);
      reader_clear (&r);
      return sha256;
    }

  r.header = ond_csv_get_header (csv);
  data->header = g_strdupv (r.header->fields);
  if (ond_csv_get_n_rows (csv) == 0 && ond_csv_get_n_problems (csv) == 0)
    add_problem (&r, 0, NULL, g_strdup (_("The file has no rows below its header")));

  read_header (&r);
  read_rows (&r, csv, bytes, length);
  reader_clear (&r);
  /* The rows point into it. */
  data->csv = g_steal_pointer (&csv);
  return sha256;
}
