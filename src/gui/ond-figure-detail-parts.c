/* ond-figure-detail-parts.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The parts table of a figure's detail: the whole year, the quarters, every area, each
 * district together (Dordt-West's four wijken) and the records without an area, with a
 * column per year of the plan. The store gives the parts (ond_store_list_figure_parts);
 * the table's model is the list of part codes, the cells look their label and value up. */

#define G_LOG_DOMAIN "ond-figure-detail-parts"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-figure-detail-private.h"
#include "ond-store-figures.h"

static void
year_column_free (YearColumn *column)
{
  g_clear_pointer (&column->values, g_hash_table_unref);
  g_clear_object (&column->column);
  g_free (column);
}

static const char *
item_code (GtkListItem *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  return string != NULL ? gtk_string_object_get_string (string) : NULL;
}

static void
setup_part_label_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", 0.0f,
                                   "use-markup", FALSE,
                                   "ellipsize", PANGO_ELLIPSIZE_END,
                                   NULL);

  gtk_list_item_set_child (item, label);
}

static void
bind_part_label_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  OndFigureDetail *self = user_data;
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *code = item_code (item);
  const char *text = code != NULL ? g_hash_table_lookup (self->part_labels, code) : NULL;

  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (label, text);
  /* The whole year heads the table; districts are sums of areas above them. */
  if (code != NULL && code[0] == '\0')
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_remove_css_class (label, "heading");
}

static void
setup_part_value_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL, "xalign", 1.0f, NULL);

  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_part_value_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  YearColumn *column = user_data;
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *code = item_code (item);
  const char *text = code != NULL ? g_hash_table_lookup (column->values, code) : NULL;

  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "–");
}

static GtkColumnViewColumn *
new_column (const char *title,
            GCallback   setup,
            GCallback   bind,
            gpointer    user_data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", setup, user_data);
  g_signal_connect (factory, "bind", bind, user_data);
  return gtk_column_view_column_new (title, factory);
}

/* The parts table has a column per year of the plan (the baseline year has no parts). */
static void
update_year_columns (OndFigureDetail *self,
                     int              first_year,
                     int              last_year)
{
  if (self->year_columns->len == (guint) MAX (0, last_year - first_year + 1) &&
      (self->year_columns->len == 0 ||
       ((YearColumn *) g_ptr_array_index (self->year_columns, 0))->year == first_year))
    return;

  for (guint i = 0; i < self->year_columns->len; i++)
    {
      YearColumn *column = g_ptr_array_index (self->year_columns, i);

      gtk_column_view_remove_column (self->parts_view, column->column);
    }
  g_ptr_array_set_size (self->year_columns, 0);

  for (int year = first_year; year <= last_year; year++)
    {
      YearColumn *column = g_new0 (YearColumn, 1);
      char title[16];

      column->year = year;
      column->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_snprintf (title, sizeof title, "%d", year);
      column->column = new_column (title, G_CALLBACK (setup_part_value_cb),
                                   G_CALLBACK (bind_part_value_cb), column);
      gtk_column_view_column_set_fixed_width (column->column, 92);
      gtk_column_view_append_column (self->parts_view, column->column);
      g_ptr_array_add (self->year_columns, column);
    }
}

/**
 * _ond_figure_detail_load_parts:
 * @self: an #OndFigureDetail with a figure and a store
 *
 * Reads the parts of the figure for each year of the plan and shows them.
 */
void
_ond_figure_detail_load_parts (OndFigureDetail *self)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkStringList) codes = NULL;
  int first_year = ond_figure_get_first_year (self->figure) + 1;
  int last_year = ond_figure_get_last_year (self->figure);

  g_hash_table_remove_all (self->part_labels);
  update_year_columns (self, first_year, last_year);

  for (guint i = 0; i < self->year_columns->len; i++)
    {
      YearColumn *column = g_ptr_array_index (self->year_columns, i);
      g_autoptr(GPtrArray) parts = NULL;
      g_autoptr(GError) error = NULL;

      g_hash_table_remove_all (column->values);
      parts = ond_store_list_figure_parts (self->store, ond_figure_get_code (self->figure),
                                           column->year, &error);
      if (parts == NULL)
        {
          _ond_figure_detail_report_error (self, "Could not read the parts of the figure", error);
          continue;
        }

      /* The first year gives the order; a part only a later year has goes at the end. */
      for (guint j = 0; j < parts->len; j++)
        {
          OndFigurePart *part = g_ptr_array_index (parts, j);

          if (!g_hash_table_contains (self->part_labels, part->part))
            {
              g_hash_table_insert (self->part_labels, g_strdup (part->part),
                                   g_strdup (part->label));
              g_ptr_array_add (order, g_strdup (part->part));
            }
          g_hash_table_insert (column->values, g_strdup (part->part),
                               g_strdup_printf ("%" G_GINT64_FORMAT, part->value));
        }
    }

  g_ptr_array_add (order, NULL);
  codes = gtk_string_list_new ((const char * const *) order->pdata);
  gtk_no_selection_set_model (self->parts_selection, G_LIST_MODEL (codes));

  /* Only the whole year: every year was entered by hand (or there is nothing to split). */
  gtk_widget_set_visible (GTK_WIDGET (self->parts_view), order->len > 2);
  adw_preferences_group_set_description (self->parts_group,
                                         order->len > 2
                                         ? _("Counted from the records of each year. Dordt-West "
                                             "(samen) is its four neighbourhoods together.")
                                         : _("A value entered by hand has no parts."));
}

/**
 * _ond_figure_detail_init_parts:
 * @self: an #OndFigureDetail, its template made
 *
 * Sets up the parts table: its first column names the parts; the year columns follow the
 * figure's years.
 */
void
_ond_figure_detail_init_parts (OndFigureDetail *self)
{
  GtkColumnViewColumn *column;

  self->part_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->year_columns = g_ptr_array_new_with_free_func ((GDestroyNotify) year_column_free);

  column = new_column (_("Part"), G_CALLBACK (setup_part_label_cb),
                       G_CALLBACK (bind_part_label_cb), self);
  gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_append_column (self->parts_view, column);
  g_object_unref (column);
}

void
_ond_figure_detail_finalize_parts (OndFigureDetail *self)
{
  g_clear_pointer (&self->year_columns, g_ptr_array_unref);
  g_clear_pointer (&self->part_labels, g_hash_table_unref);
}
