/* ond-booking-import.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndBookingImport: a CSV export of bookings as read and checked (ond-booking-import.h),
 * for the window's preview and for ond_store_import_bookings () (ond-store-booking-import.c).
 * The reading is ond-booking-import-read.c, the problems of the file's form
 * ond-booking-import-scan.c, the column mapping ond-booking-mapping.c. The rows are kept
 * plain; their OndBooking objects are made when the window first asks for them.
 */

#define G_LOG_DOMAIN "ond-booking-import"

#include "config.h"

#include <string.h>

#include "ond-booking-import-private.h"
#include "ond-booking.h"
#include "ond-memory.h"

struct _OndBookingImport
{
  GObject               parent_instance;

  char                 *file_name;
  char                 *sha256;
  gint64                plan_id;
  OndBookingImportData  data;
  GPtrArray            *bookings;   /* OndBooking *, made on demand */
};

enum {
  PROP_0,
  PROP_FILE_NAME,
  PROP_SHA256,
  PROP_DUPLICATE,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndBookingImport, ond_booking_import, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* The rows live in blocks that double in size, from this many rows to the last size. */
#define FIRST_BLOCK_ROWS 1024
#define LAST_BLOCK_ROWS  65536

void
_ond_booking_import_problem_free (gpointer data)
{
  OndImportProblem *problem = data;

  g_free (problem->column);
  g_free (problem->message);
  g_free (problem);
}

void
_ond_booking_import_add_problem (GPtrArray  *array,
                                 guint       line,
                                 const char *column,
                                 char       *message)
{
  OndImportProblem *problem = g_new0 (OndImportProblem, 1);

  problem->line = line;
  problem->column = g_strdup (column);
  problem->message = message;
  g_ptr_array_add (array, problem);
}

void
_ond_booking_import_data_init (OndBookingImportData *data)
{
  memset (data, 0, sizeof *data);
  data->rows = g_ptr_array_new ();
  data->skipped = g_ptr_array_new_with_free_func (_ond_booking_import_problem_free);
  data->problems = g_ptr_array_new_with_free_func (_ond_booking_import_problem_free);
  data->strings = g_string_chunk_new (64 * 1024);
  data->blocks = g_ptr_array_new_with_free_func (g_free);
}

void
_ond_booking_import_data_clear (OndBookingImportData *data)
{
  g_clear_pointer (&data->header, g_strfreev);
  g_clear_pointer (&data->rows, g_ptr_array_unref);
  g_clear_pointer (&data->skipped, g_ptr_array_unref);
  g_clear_pointer (&data->problems, g_ptr_array_unref);
  g_clear_pointer (&data->strings, g_string_chunk_free);
  g_clear_pointer (&data->csv, ond_csv_free);
  g_clear_pointer (&data->blocks, g_ptr_array_unref);
}

OndBookingRow *
_ond_booking_import_new_row (OndBookingImportData *data)
{
  OndBookingRow *block;
  OndBookingRow *row;

  if (data->blocks->len == 0 || data->n_in_block == data->block_rows)
    {
      data->block_rows = data->blocks->len == 0 ? FIRST_BLOCK_ROWS
                                                : MIN (data->block_rows * 2, LAST_BLOCK_ROWS);
      g_ptr_array_add (data->blocks,
                       ond_memory_alloc_large (data->block_rows * sizeof (OndBookingRow)));
      data->n_in_block = 0;
    }
  block = g_ptr_array_index (data->blocks, data->blocks->len - 1);
  row = &block[data->n_in_block++];
  memset (row, 0, sizeof *row);
  return row;
}

/* @text without white space around it, in @data's strings ("" when nothing is left). */
const char *
_ond_booking_import_keep (OndBookingImportData *data,
                          const char           *text)
{
  const char *end;

  if (text == NULL)
    return "";
  while (g_ascii_isspace (*text))
    text++;
  end = text + strlen (text);
  while (end > text && g_ascii_isspace (end[-1]))
    end--;
  if (end == text)
    return "";
  return g_string_chunk_insert_len (data->strings, text, end - text);
}

/* Like _ond_booking_import_keep() for a field of @data's file: without white space around it,
 * the field itself, not a copy, when it has none. */
const char *
_ond_booking_import_keep_field (OndBookingImportData *data,
                                const char           *field)
{
  gsize length;

  if (field == NULL || field[0] == '\0')
    return "";
  length = strlen (field);
  if (g_ascii_isspace (field[0]) || g_ascii_isspace (field[length - 1]))
    return _ond_booking_import_keep (data, field);
  return field;
}

char *
_ond_booking_import_key (const char *date,
                         gint64      line_id,
                         gint64      amount,
                         const char *reference)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (reference != NULL ? reference : ""));

  return g_strdup_printf ("%s\x1f%" G_GINT64_FORMAT "\x1f%" G_GINT64_FORMAT "\x1f%s",
                          date, line_id, amount, trimmed);
}

static void
ond_booking_import_finalize (GObject *object)
{
  OndBookingImport *self = (OndBookingImport *) object;

  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->bookings, g_ptr_array_unref);
  _ond_booking_import_data_clear (&self->data);

  G_OBJECT_CLASS (ond_booking_import_parent_class)->finalize (object);
}

static void
ond_booking_import_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OndBookingImport *self = OND_BOOKING_IMPORT (object);

  switch (prop_id)
    {
    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;
    case PROP_SHA256:
      g_value_set_string (value, self->sha256);
      break;
    case PROP_DUPLICATE:
      g_value_set_boolean (value, self->data.duplicate);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_booking_import_class_init (OndBookingImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_booking_import_finalize;
  object_class->get_property = ond_booking_import_get_property;

  properties[PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHA256] =
    g_param_spec_string ("sha256", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DUPLICATE] =
    g_param_spec_boolean ("duplicate", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_booking_import_init (OndBookingImport *self)
{
  _ond_booking_import_data_init (&self->data);
}

/**
 * ond_booking_import_prepare_data:
 * @store: the #OndStore whose plan lines, kinds and bookings the rows are checked against
 * @plan_id: the plan the bookings are for
 * @file_name: the file's name, for messages and the import batch
 * @data: (array length=length) (nullable): the bytes of the file
 * @length: the number of bytes
 * @mapping: (nullable): which header names hold which field; %NULL for the default format
 *
 * Reads and checks a CSV export of bookings. Nothing is written. Whatever is wrong, also
 * with reading the database, is a problem of the import.
 *
 * Returns: (transfer full): the import
 */
OndBookingImport *
ond_booking_import_prepare_data (OndStore                *store,
                                 gint64                   plan_id,
                                 const char              *file_name,
                                 const char              *data,
                                 gsize                    length,
                                 const OndBookingMapping *mapping)
{
  g_autoptr(OndBookingMapping) default_mapping = NULL;
  OndBookingImport *self;

  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (mapping == NULL)
    mapping = default_mapping = ond_booking_mapping_new_default ();

  self = g_object_new (OND_TYPE_BOOKING_IMPORT, NULL);
  self->file_name = g_strdup (file_name);
  self->plan_id = plan_id;
  self->sha256 = _ond_booking_import_read (&self->data, store, plan_id,
                                           data != NULL ? data : "", length, mapping);
  return self;
}

/**
 * ond_booking_import_prepare:
 * @store: the #OndStore to check against
 * @plan_id: the plan the bookings are for
 * @path: a CSV file
 * @mapping: (nullable): which header names hold which field; %NULL for the default format
 * @error: return location for an error
 *
 * Reads @path and checks it as ond_booking_import_prepare_data() does.
 *
 * Returns: (transfer full): the import, or %NULL with @error set when the file cannot be
 *   read
 */
OndBookingImport *
ond_booking_import_prepare (OndStore                 *store,
                            gint64                    plan_id,
                            const char               *path,
                            const OndBookingMapping  *mapping,
                            GError                  **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;

  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!ond_memory_read_file (path, &contents, &length, error))
    return NULL;
  name = g_filename_display_basename (path);
  return ond_booking_import_prepare_data (store, plan_id, name, contents, length, mapping);
}

const char *
ond_booking_import_get_file_name (OndBookingImport *self)
{
  g_return_val_if_fail (OND_IS_BOOKING_IMPORT (self), NULL);

  return self->file_name;
}

const char *
ond_booking_import_get_sha256 (OndBookingImport *self)
{
  g_return_val_if_fail (OND_IS_BOOKING_IMPORT (self), NULL);

  return self->sha256;
}

/**
 * ond_booking_import_get_header:
 * @self: an #OndBookingImport
 *
 * Returns: (transfer none) (nullable): the header's fields as written, %NULL-terminated;
 *   %NULL when the file could not be read
 */
const char * const *
ond_booking_import_get_header (OndBookingImport *self)
{
  g_return_val_if_fail (OND_IS_BOOKING_IMPORT (self), NULL);

  return (const char * const *) self->data.header;
}

/**
 * ond_booking_import_get_bookings:
 * @self: an #OndBookingImport
 *
 * Returns: (transfer none) (element-type OndBooking): the rows to add, in file order (id
 *   0, line names and kind labels filled in)
 */
GPtrArray *
ond_booking_import_get_bookings (OndBookingImport *self)
{
  g_return_val_if_fail (OND_IS_BOOKING_IMPORT (self), NULL);

  if (self->bookings == NULL)
    {
      GPtrArray *rows = self->data.rows;

      self->bookings = g_ptr_array_new_full (rows->len, g_object_unref);
      for (guint i = 0; i < rows->len; i++)
        {
          const OndBookingRow *row = g_ptr_array_index (rows, i);

          g_ptr_array_add (self->bookings,
                           ond_booking_new (0, row->date, row->line_id, row->line_name,
                                            row->amount, row->kind, row->kind_label,
                                            row->description, row->reference, row->supplier,
                                            0));
        }
    }
  return self->bookings;
}

guint
ond_booking_import_get_line (OndBookingImport *self,
                             guint             index)
{
  g_return_val_if_fail (OND_IS_BOOKING_IMPORT (self), 0);
  g_return_val_if_fail (index < self->data.rows->len, 0);

  return ((const OndBookingRow *) g_ptr_array_index (self->data.rows, index))->file_line;
}

/**
 * ond_booking_import_get_skipped:
 * @self: an #OndBookingImport
 *
 * Returns: (transfer none) (element-type OndImportProblem): the rows left out because they
 *   are in the database already or earlier in the file, by line
 */
GPtrArray *
ond_booking_import_get_skipped (OndBookingImport *self)
{
  g_return_val_if_fail (OND_IS_BOOKING_IMPORT (self), NULL);

  return self->data.skipped;
}

/**
 * ond_booking_import_get_problems:
 * @self: an #OndBookingImport
 *
 * Returns: (transfer none) (element-type OndImportProblem): every problem: those of the
 *   whole file (line 0) first, then by line
 */
GPtrArray *
ond_booking_import_get_problems (OndBookingImport *self)
{
  g_return_val_if_fail (OND_IS_BOOKING_IMPORT (self), NULL);

  return self->data.problems;
}

gboolean
ond_booking_import_is_duplicate (OndBookingImport *self)
{
  g_return_val_if_fail (OND_IS_BOOKING_IMPORT (self), FALSE);

  return self->data.duplicate;
}

gint64
_ond_booking_import_get_plan_id (OndBookingImport *self)
{
  g_return_val_if_fail (OND_IS_BOOKING_IMPORT (self), 0);

  return self->plan_id;
}

void
_ond_booking_import_get_state (OndBookingImport *self,
                               gint64           *n_bookings,
                               gint64           *max_id)
{
  g_return_if_fail (OND_IS_BOOKING_IMPORT (self));

  *n_bookings = self->data.n_stored;
  *max_id = self->data.max_stored_id;
}

guint
_ond_booking_import_get_n_rows (OndBookingImport *self)
{
  g_return_val_if_fail (OND_IS_BOOKING_IMPORT (self), 0);

  return self->data.rows->len;
}

const OndBookingRow *
_ond_booking_import_get_row (OndBookingImport *self,
                             guint             index)
{
  g_return_val_if_fail (OND_IS_BOOKING_IMPORT (self), NULL);
  g_return_val_if_fail (index < self->data.rows->len, NULL);

  return g_ptr_array_index (self->data.rows, index);
}
