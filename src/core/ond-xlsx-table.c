/* ond-xlsx-table.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndXlsxTable (see ond-xlsx-table.h): the title, the columns and the cells of the rows, kept
 * in one array row after row; or, while the table is written as it is filled
 * (ond_xlsx_table_begin_write ()), handed to its stream cell by cell and not kept. The file
 * is written by ond-xlsx-table-file.c, its sheet by ond-xlsx-table-write.c. */

#define G_LOG_DOMAIN "ond-xlsx-table"

#include "config.h"

#include <string.h>

#include "ond-xlsx-table-private.h"

struct _OndXlsxTable
{
  GObject    parent_instance;

  char      *title;
  char      *subtitle;
  char      *subject;
  gboolean   personal;

  GPtrArray *column_titles;
  GArray    *kinds;
  /* OndXlsxCell, n_columns a row; the last row may be short until the next one begins. */
  GArray    *cells;
  guint      n_rows;
  guint      n_cells;    /* in the last row */

  /* Writing as it is filled: the cells go to the stream. */
  OndXlsxStream *stream;
  gboolean       streamed;   /* its rows were written, not kept */
};

enum
{
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_SUBJECT,
  PROP_PERSONAL,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndXlsxTable, ond_xlsx_table, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
cell_clear (gpointer data)
{
  OndXlsxCell *cell = data;

  g_clear_pointer (&cell->text, g_free);
}

static guint
n_columns (OndXlsxTable *self)
{
  return self->kinds->len;
}

/* Adds the next cell of the current row (a critical when there is no row or it is full): to
 * the stream, or kept (a copy of @text). */
static void
add_cell (OndXlsxTable    *self,
          OndXlsxCellType  type,
          gint64           number,
          const char      *text)
{
  OndXlsxCell cell = { type, number, (char *) text };

  g_return_if_fail (self->n_rows > 0);
  g_return_if_fail (self->n_cells < n_columns (self));

  if (self->stream != NULL)
    {
      _ond_xlsx_stream_add_cell (self->stream, self->n_rows - 1, self->n_cells, &cell);
    }
  else
    {
      cell.text = g_strdup (text);
      g_array_append_val (self->cells, cell);
    }
  self->n_cells++;
}

/* Ends the last row with empty cells, if it was given too few. */
static void
complete_row (OndXlsxTable *self)
{
  while (self->n_rows > 0 && self->n_cells < n_columns (self))
    add_cell (self, OND_XLSX_CELL_EMPTY, 0, NULL);
}

/* Replaces *@field with a copy of @value; whether it changed (g_set_str () is GLib 2.76). */
static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* The number of the @n digits at @text, or -1 when one is no digit. */
static int
parse_digits (const char *text,
              guint       n)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return -1;
      value = value * 10 + (text[i] - '0');
    }
  return value;
}

/* Whether @iso is a date YYYY-MM-DD that exists (and that Excel can show: from 1900). By
 * hand rather than with sscanf (): every row of a long list has its dates. */
static gboolean
parse_iso_date (const char *iso,
                gint64     *packed)
{
  int year, month, day;

  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;
  year = parse_digits (iso, 4);
  month = parse_digits (iso + 5, 2);
  day = parse_digits (iso + 8, 2);
  if (year < 1900 || month < 1 || day < 1 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  *packed = (gint64) year * 10000 + month * 100 + day;
  return TRUE;
}

static void
ond_xlsx_table_finalize (GObject *object)
{
  OndXlsxTable *self = OND_XLSX_TABLE (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->column_titles, g_ptr_array_unref);
  g_clear_pointer (&self->kinds, g_array_unref);
  g_clear_pointer (&self->cells, g_array_unref);
  g_clear_pointer (&self->stream, _ond_xlsx_stream_free);

  G_OBJECT_CLASS (ond_xlsx_table_parent_class)->finalize (object);
}

static void
ond_xlsx_table_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OndXlsxTable *self = OND_XLSX_TABLE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;

    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;

    case PROP_PERSONAL:
      g_value_set_boolean (value, self->personal);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_xlsx_table_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OndXlsxTable *self = OND_XLSX_TABLE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;

    case PROP_SUBTITLE:
      ond_xlsx_table_set_subtitle (self, g_value_get_string (value));
      break;

    case PROP_SUBJECT:
      ond_xlsx_table_set_subject (self, g_value_get_string (value));
      break;

    case PROP_PERSONAL:
      ond_xlsx_table_set_personal (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_xlsx_table_class_init (OndXlsxTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_xlsx_table_finalize;
  object_class->get_property = ond_xlsx_table_get_property;
  object_class->set_property = ond_xlsx_table_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSONAL] =
    g_param_spec_boolean ("personal", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_xlsx_table_init (OndXlsxTable *self)
{
  self->column_titles = g_ptr_array_new_with_free_func (g_free);
  self->kinds = g_array_new (FALSE, FALSE, sizeof (OndXlsxKind));
  self->cells = g_array_new (FALSE, FALSE, sizeof (OndXlsxCell));
  g_array_set_clear_func (self->cells, cell_clear);
}

/**
 * ond_xlsx_table_new:
 * @title: the table's title: the first row of the sheet and the document's title
 *
 * Returns: (transfer full): a table without columns or rows
 */
OndXlsxTable *
ond_xlsx_table_new (const char *title)
{
  g_return_val_if_fail (title != NULL, NULL);

  return g_object_new (OND_TYPE_XLSX_TABLE, "title", title, NULL);
}

const char *
ond_xlsx_table_get_title (OndXlsxTable *self)
{
  g_return_val_if_fail (OND_IS_XLSX_TABLE (self), NULL);

  return self->title;
}

const char *
ond_xlsx_table_get_subtitle (OndXlsxTable *self)
{
  g_return_val_if_fail (OND_IS_XLSX_TABLE (self), NULL);

  return self->subtitle;
}

const char *
ond_xlsx_table_get_subject (OndXlsxTable *self)
{
  g_return_val_if_fail (OND_IS_XLSX_TABLE (self), NULL);

  return self->subject;
}

gboolean
ond_xlsx_table_get_personal (OndXlsxTable *self)
{
  g_return_val_if_fail (OND_IS_XLSX_TABLE (self), FALSE);

  return self->personal;
}

guint
ond_xlsx_table_get_n_columns (OndXlsxTable *self)
{
  g_return_val_if_fail (OND_IS_XLSX_TABLE (self), 0);

  return n_columns (self);
}

guint
ond_xlsx_table_get_n_rows (OndXlsxTable *self)
{
  g_return_val_if_fail (OND_IS_XLSX_TABLE (self), 0);

  return self->n_rows;
}

void
ond_xlsx_table_set_subtitle (OndXlsxTable *self,
                             const char   *subtitle)
{
  g_return_if_fail (OND_IS_XLSX_TABLE (self));

  if (set_string (&self->subtitle, subtitle))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

void
ond_xlsx_table_set_subject (OndXlsxTable *self,
                            const char   *subject)
{
  g_return_if_fail (OND_IS_XLSX_TABLE (self));

  if (set_string (&self->subject, subject))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBJECT]);
}

/**
 * ond_xlsx_table_set_personal:
 * @self: an #OndXlsxTable
 * @personal: whether the rows hold personal data
 *
 * A table with personal data is written readable by its owner only (mode 0600, whatever
 * the umask or the file it replaces), and its document properties say that it holds
 * personal data.
 */
void
ond_xlsx_table_set_personal (OndXlsxTable *self,
                             gboolean      personal)
{
  g_return_if_fail (OND_IS_XLSX_TABLE (self));

  personal = !!personal;
  if (self->personal == personal)
    return;
  self->personal = personal;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSONAL]);
}

/**
 * ond_xlsx_table_add_column:
 * @self: an #OndXlsxTable without rows
 * @title: the column's title, in the header row
 * @kind: what its cells hold
 *
 * Returns: the column's number, from 0
 */
guint
ond_xlsx_table_add_column (OndXlsxTable *self,
                           const char   *title,
                           OndXlsxKind   kind)
{
  g_return_val_if_fail (OND_IS_XLSX_TABLE (self), 0);
  g_return_val_if_fail (title != NULL, 0);
  g_return_val_if_fail (self->n_rows == 0 && !self->streamed, 0);

  g_ptr_array_add (self->column_titles, g_strdup (title));
  g_array_append_val (self->kinds, kind);
  return n_columns (self) - 1;
}

OndXlsxKind
ond_xlsx_table_get_kind (OndXlsxTable *self,
                         guint         column)
{
  g_return_val_if_fail (OND_IS_XLSX_TABLE (self), OND_XLSX_TEXT);
  g_return_val_if_fail (column < n_columns (self), OND_XLSX_TEXT);

  return g_array_index (self->kinds, OndXlsxKind, column);
}

const char *
_ond_xlsx_table_get_column_title (OndXlsxTable *self,
                                  guint         column)
{
  g_assert (column < n_columns (self));

  return g_ptr_array_index (self->column_titles, column);
}

const OndXlsxCell *
_ond_xlsx_table_get_cell (OndXlsxTable *self,
                          guint         row,
                          guint         column)
{
  static const OndXlsxCell empty = { OND_XLSX_CELL_EMPTY, 0, NULL };
  guint index = row * n_columns (self) + column;

  g_assert (row < self->n_rows && column < n_columns (self));

  if (index >= self->cells->len)
    return &empty;
  return &g_array_index (self->cells, OndXlsxCell, index);
}

/**
 * ond_xlsx_table_begin_row:
 * @self: an #OndXlsxTable with columns
 *
 * Starts a new row; the row before it, if it was given fewer cells than there are columns,
 * ends with empty ones.
 */
void
ond_xlsx_table_begin_row (OndXlsxTable *self)
{
  g_return_if_fail (OND_IS_XLSX_TABLE (self));
  g_return_if_fail (n_columns (self) > 0);
  g_return_if_fail (!self->streamed || self->stream != NULL);

  complete_row (self);
  self->n_rows++;
  self->n_cells = 0;
}

void
ond_xlsx_table_add_text (OndXlsxTable *self,
                         const char   *text)
{
  g_return_if_fail (OND_IS_XLSX_TABLE (self));

  if (text == NULL || text[0] == '\0')
    add_cell (self, OND_XLSX_CELL_EMPTY, 0, NULL);
  else
    add_cell (self, OND_XLSX_CELL_TEXT, 0, text);
}

/**
 * ond_xlsx_table_add_date:
 * @self: an #OndXlsxTable
 * @iso: (nullable): a date, YYYY-MM-DD
 *
 * Adds a date cell. A text that is not a date that exists (or one before 1900, which Excel
 * cannot show) is kept as text rather than lost.
 */
void
ond_xlsx_table_add_date (OndXlsxTable *self,
                         const char   *iso)
{
  gint64 packed = 0;

  g_return_if_fail (OND_IS_XLSX_TABLE (self));

  if (iso == NULL || iso[0] == '\0')
    add_cell (self, OND_XLSX_CELL_EMPTY, 0, NULL);
  else if (parse_iso_date (iso, &packed))
    add_cell (self, OND_XLSX_CELL_DATE, packed, NULL);
  else
    add_cell (self, OND_XLSX_CELL_TEXT, 0, iso);
}

/**
 * ond_xlsx_table_add_number:
 * @self: an #OndXlsxTable
 * @value: a count, or an amount in cents in a money column
 *
 * Adds a number cell.
 */
void
ond_xlsx_table_add_number (OndXlsxTable *self,
                           gint64        value)
{
  g_return_if_fail (OND_IS_XLSX_TABLE (self));

  add_cell (self, OND_XLSX_CELL_NUMBER, value, NULL);
}

void
ond_xlsx_table_add_boolean (OndXlsxTable *self,
                            gboolean      value)
{
  g_return_if_fail (OND_IS_XLSX_TABLE (self));

  add_cell (self, OND_XLSX_CELL_BOOLEAN, value ? 1 : 0, NULL);
}

void
ond_xlsx_table_add_empty (OndXlsxTable *self)
{
  g_return_if_fail (OND_IS_XLSX_TABLE (self));

  add_cell (self, OND_XLSX_CELL_EMPTY, 0, NULL);
}

/**
 * ond_xlsx_table_add_rows:
 * @self: an #OndXlsxTable with columns
 * @n_rows: how many rows to add
 * @func: (scope call): adds the cells of a row
 * @user_data: for @func
 *
 * Adds @n_rows rows: for each, begins the row and calls @func with its number (from 0 for
 * the first row this call adds).
 */
void
ond_xlsx_table_add_rows (OndXlsxTable   *self,
                         guint           n_rows,
                         OndXlsxRowFunc  func,
                         gpointer        user_data)
{
  g_return_if_fail (OND_IS_XLSX_TABLE (self));
  g_return_if_fail (func != NULL);

  for (guint i = 0; i < n_rows; i++)
    {
      ond_xlsx_table_begin_row (self);
      func (self, i, user_data);
    }
}

void
_ond_xlsx_table_set_stream (OndXlsxTable  *self,
                            OndXlsxStream *stream)
{
  g_assert (self->stream == NULL && self->n_rows == 0);

  self->stream = stream;
  self->streamed = TRUE;
}

gboolean
_ond_xlsx_table_get_streamed (OndXlsxTable *self)
{
  return self->streamed;
}

OndXlsxStream *
_ond_xlsx_table_steal_stream (OndXlsxTable *self)
{
  complete_row (self);
  return g_steal_pointer (&self->stream);
}
