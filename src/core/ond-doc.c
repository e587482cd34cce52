/* ond-doc.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A printable document's content: its title, author, subject, creation date, orientation
 * and blocks (see ond-doc.h). Laying it out, drawing it and writing it as a PDF are in
 * ond-doc-layout.c, ond-doc-render.c and ond-doc-pdf.c.
 */

#define G_LOG_DOMAIN "ond-doc"

#include "config.h"

#include "ond-doc.h"
#include "ond-doc-private.h"

enum
{
  PROP_0,
  PROP_TITLE,
  PROP_AUTHOR,
  PROP_SUBJECT,
  PROP_CREATED,
  PROP_ORIENTATION,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndDoc, ond_doc, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (OndDocOrientation, ond_doc_orientation,
  G_DEFINE_ENUM_VALUE (OND_DOC_PORTRAIT, "portrait"),
  G_DEFINE_ENUM_VALUE (OND_DOC_LANDSCAPE, "landscape"))

static GParamSpec *properties[N_PROPS];

static void
row_free (gpointer data)
{
  OndDocRow *row = data;

  g_strfreev (row->cells);
  g_free (row->cell_styles);
  g_free (row);
}

static void
table_free (OndDocTable *table)
{
  g_strfreev (table->titles);
  g_free (table->shares);
  g_free (table->aligns);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

static void
block_free (gpointer data)
{
  OndDocBlock *block = data;

  if (block->destroy != NULL)
    block->destroy (block->user_data);
  g_clear_pointer (&block->table, table_free);
  g_free (block->text);
  g_strfreev (block->lines);
  g_free (block);
}

static OndDocBlock *
add_block (OndDoc          *self,
           OndDocBlockKind  kind)
{
  OndDocBlock *block = g_new0 (OndDocBlock, 1);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  _ond_doc_invalidate (self);
  return block;
}

/**
 * _ond_doc_invalidate:
 * @self: a document
 *
 * Forgets the pagination: the content changed.
 */
void
_ond_doc_invalidate (OndDoc *self)
{
  if (self->pages != NULL)
    self->pages->n_pages = 0;
}

static void
ond_doc_finalize (GObject *object)
{
  OndDoc *self = OND_DOC (object);

  g_clear_pointer (&self->pages, _ond_doc_pages_free);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->subject, g_free);

  G_OBJECT_CLASS (ond_doc_parent_class)->finalize (object);
}

static void
ond_doc_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  OndDoc *self = OND_DOC (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;
    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;
    case PROP_ORIENTATION:
      g_value_set_enum (value, self->orientation);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_doc_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  OndDoc *self = OND_DOC (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;
    case PROP_AUTHOR:
      self->author = g_value_dup_string (value);
      break;
    case PROP_SUBJECT:
      self->subject = g_value_dup_string (value);
      break;
    case PROP_CREATED:
      self->created = g_value_dup_boxed (value);
      break;
    case PROP_ORIENTATION:
      ond_doc_set_orientation (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_doc_constructed (GObject *object)
{
  OndDoc *self = OND_DOC (object);

  G_OBJECT_CLASS (ond_doc_parent_class)->constructed (object);

  if (self->title == NULL)
    self->title = g_strdup ("");
  if (self->author == NULL)
    self->author = g_strdup ("");
  if (self->subject == NULL)
    self->subject = g_strdup ("");
  /* The creation date is the caller's: 1 January 2000 rather than a changing "now". */
  if (self->created == NULL)
    self->created = g_date_time_new_utc (2000, 1, 1, 0, 0, 0);
}

static void
ond_doc_class_init (OndDocClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ond_doc_constructed;
  object_class->finalize = ond_doc_finalize;
  object_class->get_property = ond_doc_get_property;
  object_class->set_property = ond_doc_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORIENTATION] =
    g_param_spec_enum ("orientation", NULL, NULL, OND_TYPE_DOC_ORIENTATION, OND_DOC_PORTRAIT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_doc_init (OndDoc *self)
{
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->orientation = OND_DOC_PORTRAIT;
}

/**
 * ond_doc_new:
 * @title: the document's title: the PDF's title and every page's running header
 * @author: (nullable): the PDF's author
 * @subject: (nullable): the PDF's subject
 * @created: (nullable): the creation date the PDF records; %NULL for 1 January 2000
 *
 * Makes an empty portrait document. Nothing in it depends on the clock: give the date the
 * report is made as @created, so that the same content gives the same PDF.
 *
 * Returns: (transfer full): a new document
 */
OndDoc *
ond_doc_new (const char *title,
             const char *author,
             const char *subject,
             GDateTime  *created)
{
  g_return_val_if_fail (title != NULL, NULL);

  return g_object_new (OND_TYPE_DOC,
                       "title", title,
                       "author", author,
                       "subject", subject,
                       "created", created,
                       NULL);
}

const char *
ond_doc_get_title (OndDoc *self)
{
  g_return_val_if_fail (OND_IS_DOC (self), NULL);

  return self->title;
}

const char *
ond_doc_get_author (OndDoc *self)
{
  g_return_val_if_fail (OND_IS_DOC (self), NULL);

  return self->author;
}

const char *
ond_doc_get_subject (OndDoc *self)
{
  g_return_val_if_fail (OND_IS_DOC (self), NULL);

  return self->subject;
}

/**
 * ond_doc_get_created:
 * @self: a document
 *
 * Returns: (transfer none): the creation date the PDF records
 */
GDateTime *
ond_doc_get_created (OndDoc *self)
{
  g_return_val_if_fail (OND_IS_DOC (self), NULL);

  return self->created;
}

OndDocOrientation
ond_doc_get_orientation (OndDoc *self)
{
  g_return_val_if_fail (OND_IS_DOC (self), OND_DOC_PORTRAIT);

  return self->orientation;
}

/**
 * ond_doc_get_page_size:
 * @self: a document
 * @width: (out) (optional): the width of its PDF pages, in points
 * @height: (out) (optional): their height
 *
 * A4 in the document's orientation: the page size of ond_doc_write_pdf().
 */
void
ond_doc_get_page_size (OndDoc *self,
                       double *width,
                       double *height)
{
  gboolean landscape;

  g_return_if_fail (OND_IS_DOC (self));

  landscape = self->orientation == OND_DOC_LANDSCAPE;
  if (width != NULL)
    *width = landscape ? OND_DOC_A4_HEIGHT : OND_DOC_A4_WIDTH;
  if (height != NULL)
    *height = landscape ? OND_DOC_A4_WIDTH : OND_DOC_A4_HEIGHT;
}

void
ond_doc_set_orientation (OndDoc            *self,
                         OndDocOrientation  orientation)
{
  g_return_if_fail (OND_IS_DOC (self));
  g_return_if_fail (orientation == OND_DOC_PORTRAIT || orientation == OND_DOC_LANDSCAPE);

  if (self->orientation == orientation)
    return;
  self->orientation = orientation;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIENTATION]);
}

/**
 * ond_doc_add_title_page:
 * @self: a document
 * @title: the title, large
 * @subtitle_lines: (nullable) (array zero-terminated=1): lines under it (the plan, the
 *   period, the reporting date)
 *
 * Adds a page of its own with a title and lines under it; what follows starts on the next
 * page. A title page has no running header.
 */
void
ond_doc_add_title_page (OndDoc             *self,
                        const char         *title,
                        const char * const *subtitle_lines)
{
  OndDocBlock *block;

  g_return_if_fail (OND_IS_DOC (self));
  g_return_if_fail (title != NULL);

  block = add_block (self, OND_DOC_BLOCK_TITLE_PAGE);
  block->text = g_strdup (title);
  block->lines = subtitle_lines != NULL ? g_strdupv ((char **) subtitle_lines)
                                        : g_new0 (char *, 1);
}

/**
 * ond_doc_add_heading:
 * @self: a document
 * @level: 1 (a chapter) or 2 (a section)
 * @text: the heading
 *
 * Adds a heading. It is kept on a page with the start of the next block: a heading never
 * ends a page.
 */
void
ond_doc_add_heading (OndDoc     *self,
                     guint       level,
                     const char *text)
{
  OndDocBlock *block;

  g_return_if_fail (OND_IS_DOC (self));
  g_return_if_fail (level == 1 || level == 2);
  g_return_if_fail (text != NULL);

  block = add_block (self, OND_DOC_BLOCK_HEADING);
  block->level = level;
  block->text = g_strdup (text);
}

/**
 * ond_doc_add_paragraph:
 * @self: a document
 * @text: plain text (no markup); "\n" starts a new line
 * @style: how it is set, e.g. %OND_DOC_STYLE_FLAG for a red "Geen toelichting"
 *
 * Adds a paragraph that wraps at the text width. A long paragraph continues on the next page
 * between two lines.
 */
void
ond_doc_add_paragraph (OndDoc      *self,
                       const char  *text,
                       OndDocStyle  style)
{
  OndDocBlock *block;

  g_return_if_fail (OND_IS_DOC (self));
  g_return_if_fail (text != NULL);

  block = add_block (self, OND_DOC_BLOCK_PARAGRAPH);
  block->text = g_strdup (text);
  block->style = style;
}

/**
 * ond_doc_add_page_break:
 * @self: a document
 *
 * What follows starts on a new page (nothing happens when the page is still empty).
 */
void
ond_doc_add_page_break (OndDoc *self)
{
  g_return_if_fail (OND_IS_DOC (self));

  add_block (self, OND_DOC_BLOCK_PAGE_BREAK);
}

/**
 * ond_doc_add_table:
 * @self: a document
 * @columns: (array length=n_columns): the columns; their widths are relative (> 0)
 * @n_columns: 1 to 16
 *
 * Adds a table as wide as the text. Fill it with ond_doc_table_add_row(): the table belongs
 * to the document and lives as long as it.
 *
 * Returns: (transfer none): the table
 */
OndDocTable *
ond_doc_add_table (OndDoc             *self,
                   const OndDocColumn *columns,
                   guint               n_columns)
{
  OndDocBlock *block;
  OndDocTable *table;
  double total = 0;

  g_return_val_if_fail (OND_IS_DOC (self), NULL);
  g_return_val_if_fail (columns != NULL, NULL);
  g_return_val_if_fail (n_columns > 0 && n_columns <= OND_DOC_MAX_COLUMNS, NULL);

  for (guint i = 0; i < n_columns; i++)
    {
      g_return_val_if_fail (columns[i].width > 0, NULL);
      total += columns[i].width;
    }

  table = g_new0 (OndDocTable, 1);
  table->doc = self;
  table->n_columns = n_columns;
  table->titles = g_new0 (char *, n_columns + 1);
  table->shares = g_new0 (double, n_columns);
  table->aligns = g_new0 (OndDocAlign, n_columns);
  table->rows = g_ptr_array_new_with_free_func (row_free);
  for (guint i = 0; i < n_columns; i++)
    {
      table->titles[i] = g_strdup (columns[i].title != NULL ? columns[i].title : "");
      table->shares[i] = columns[i].width / total;
      table->aligns[i] = columns[i].align;
    }

  block = add_block (self, OND_DOC_BLOCK_TABLE);
  block->table = table;
  return table;
}

/**
 * ond_doc_table_add_row:
 * @table: a table of a document
 * @style: the row's style: %OND_DOC_STYLE_BOLD for a total (with a rule above it),
 *   %OND_DOC_STYLE_FLAG for a row in red
 * @cells: (array): one plain text per column (%NULL for an empty cell); they wrap
 *
 * Adds a row at the end of @table. A row is never split over two pages.
 *
 * Returns: the row's index, for ond_doc_table_set_cell_style()
 */
guint
ond_doc_table_add_row (OndDocTable        *table,
                       OndDocStyle         style,
                       const char * const *cells)
{
  OndDocRow *row;

  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (cells != NULL, 0);

  row = g_new0 (OndDocRow, 1);
  row->style = style;
  row->cells = g_new0 (char *, table->n_columns + 1);
  row->cell_styles = g_new0 (OndDocStyle, table->n_columns);
  for (guint i = 0; i < table->n_columns; i++)
    {
      row->cells[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
      row->cell_styles[i] = style;
    }
  g_ptr_array_add (table->rows, row);
  _ond_doc_invalidate (table->doc);
  return table->rows->len - 1;
}

/**
 * ond_doc_table_set_cell_style:
 * @table: a table of a document
 * @row: a row's index
 * @column: a column's index
 * @style: the cell's style instead of the row's, e.g. %OND_DOC_STYLE_FLAG for the status of
 *   a figure behind its target
 *
 * Sets one cell apart.
 */
void
ond_doc_table_set_cell_style (OndDocTable *table,
                              guint        row,
                              guint        column,
                              OndDocStyle  style)
{
  OndDocRow *the_row;

  g_return_if_fail (table != NULL);
  g_return_if_fail (row < table->rows->len);
  g_return_if_fail (column < table->n_columns);

  the_row = g_ptr_array_index (table->rows, row);
  the_row->cell_styles[column] = style;
  _ond_doc_invalidate (table->doc);
}

/**
 * ond_doc_add_drawing:
 * @self: a document
 * @height: the drawing's height in points (> 0); it is as wide as the text
 * @func: (scope notified): draws it, e.g. with ond_bar_chart_draw()
 * @user_data: for @func
 * @destroy: (nullable): frees @user_data with the document
 *
 * Adds a drawing of a fixed height. It is kept whole on one page; a drawing taller than a
 * page's body gets the body's height.
 */
void
ond_doc_add_drawing (OndDoc         *self,
                     double          height,
                     OndDocDrawFunc  func,
                     gpointer        user_data,
                     GDestroyNotify  destroy)
{
  OndDocBlock *block;

  g_return_if_fail (OND_IS_DOC (self));
  g_return_if_fail (height > 0);
  g_return_if_fail (func != NULL);

  block = add_block (self, OND_DOC_BLOCK_DRAWING);
  block->height = height;
  block->func = func;
  block->user_data = user_data;
  block->destroy = destroy;
}
