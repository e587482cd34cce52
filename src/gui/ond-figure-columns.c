/* ond-figure-columns.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The columns of the monitoring table. Each cell is made once per row widget (setup) and
 * filled from the OndFigure of its row (bind); the figures are rebuilt by the store on every
 * reload, so nothing needs watching. A value shows a marker where it does not simply come
 * from counting (a hand value, a frozen value) and a warning when something is off; the
 * markers' tooltips say what they mean, and so does the value's accessible description.
 * An exported table (ond-list-export.c) has the values as numbers, without a value empty,
 * and the status and trend as the words shown. */

#define G_LOG_DOMAIN "ond-figure-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-figure-columns.h"
#include "ond-list-export.h"

/* The widgets of a value cell, kept on the cell's box. */
#define VALUE_LABEL "ond-value-label"
#define ORIGIN_ICON "ond-origin-icon"
#define PROBLEM_ICON "ond-problem-icon"

/**
 * ond_figure_format_value:
 * @figure: a figure
 * @year: a year of @figure
 *
 * Returns: (transfer full): the value of @year as shown, "–" when it has none
 */
char *
ond_figure_format_value (OndFigure *figure,
                         int        year)
{
  gint64 value = 0;

  g_return_val_if_fail (OND_IS_FIGURE (figure), NULL);

  if (!ond_figure_get_value (figure, year, &value))
    return g_strdup ("–");
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

/**
 * ond_figure_origin_icon:
 * @figure: a figure
 * @year: a year of @figure
 *
 * Returns: (nullable): the icon name of the marker for the origin of @year's value
 */
const char *
ond_figure_origin_icon (OndFigure *figure,
                        int        year)
{
  g_return_val_if_fail (OND_IS_FIGURE (figure), NULL);

  switch (ond_figure_get_origin (figure, year))
    {
    case OND_FIGURE_ORIGIN_MANUAL:
      return "document-edit-symbolic";
    case OND_FIGURE_ORIGIN_FROZEN:
      return "changes-prevent-symbolic";
    case OND_FIGURE_ORIGIN_NONE:
    case OND_FIGURE_ORIGIN_COUNTED:
    default:
      return NULL;
    }
}

/**
 * ond_figure_describe_origin:
 * @figure: a figure
 * @year: a year of @figure
 *
 * Returns: (transfer full): where the value of @year comes from, in a sentence
 */
char *
ond_figure_describe_origin (OndFigure *figure,
                            int        year)
{
  const char *source;

  g_return_val_if_fail (OND_IS_FIGURE (figure), NULL);

  switch (ond_figure_get_origin (figure, year))
    {
    case OND_FIGURE_ORIGIN_MANUAL:
      source = ond_figure_get_source (figure, year);
      if (source != NULL && source[0] != '\0')
        /* Translators: where a value of a monitoring figure comes from, e.g. "Entered by
         * hand, source: Politie Dordrecht". */
        return g_strdup_printf (_("Entered by hand, source: %s"), source);
      return g_strdup (_("Entered by hand"));

    case OND_FIGURE_ORIGIN_FROZEN:
      /* Translators: a value of a monitoring figure counted and then frozen when its year
       * was closed, e.g. "Frozen when 2024 was closed". */
      return g_strdup_printf (_("Frozen when %d was closed"), year);

    case OND_FIGURE_ORIGIN_COUNTED:
      return g_strdup (_("Counted from the records"));

    case OND_FIGURE_ORIGIN_NONE:
    default:
      return g_strdup (_("No value"));
    }
}

/**
 * ond_figure_describe_problem:
 * @figure: a figure
 * @year: a year of @figure
 *
 * Returns: (transfer full) (nullable): what is off with the value of @year, or %NULL
 */
char *
ond_figure_describe_problem (OndFigure *figure,
                             int        year)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gint64 uncounted;

  g_return_val_if_fail (OND_IS_FIGURE (figure), NULL);

  if (ond_figure_get_sum_mismatch (figure, year))
    g_string_append (text, _("The parts do not add up to this value."));

  uncounted = ond_figure_get_uncounted (figure, year);
  if (uncounted > 0)
    {
      guint n = (guint) MIN (uncounted, (gint64) G_MAXUINT);

      if (text->len > 0)
        g_string_append_c (text, ' ');
      /* Translators: %u is a number of records (controls, measures, signals...). */
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u record of this year is not counted: the value "
                                           "was entered by hand.",
                                           "%u records of this year are not counted: the "
                                           "value was entered by hand.",
                                           n),
                              n);
    }

  if (text->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * ond_figure_describe_target:
 * @figure: a figure
 *
 * Returns: (transfer full) (nullable): the target of the report year and, while the year
 *   runs, how much of it is due by today; %NULL without a target
 */
char *
ond_figure_describe_target (OndFigure *figure)
{
  g_autofree char *number = NULL;
  gint64 target;
  double to_date;

  g_return_val_if_fail (OND_IS_FIGURE (figure), NULL);

  target = ond_figure_get_target (figure);
  if (target < 0)
    return NULL;

  number = g_strdup_printf ("%" G_GINT64_FORMAT, target);
  to_date = ond_figure_get_target_to_date (figure);
  if (to_date < (double) target)
    /* Translators: the target of a figure for a year that is running, e.g. "Target 10,
     * 4.5 due by today". */
    return g_strdup_printf (_("Target %s, %.1f due by today"), number, to_date);
  /* Translators: the target of a figure, e.g. "Target 10". */
  return g_strdup_printf (_("Target %s"), number);
}

static OndFigure *
item_figure (GtkListItem *item)
{
  gpointer figure = gtk_list_item_get_item (item);

  return OND_IS_FIGURE (figure) ? figure : NULL;
}

static GtkWidget *
new_cell_label (float xalign)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", xalign,
                                   "use-markup", FALSE,
                                   NULL);

  return label;
}

/* The name: the parts of a sum indented and dimmed below it. Long names wrap rather than
 * lose their end: "Signalen van ondermijning geregistreerd in C3" must be read whole. */
static void
setup_name_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = new_cell_label (0.0f);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_list_item_set_child (item, label);
}

static void
bind_name_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  OndFigure *figure = item_figure (item);
  gboolean part;

  if (figure == NULL)
    return;

  part = ond_figure_get_parent_code (figure) != NULL;
  gtk_label_set_label (GTK_LABEL (label), ond_figure_get_name (figure));
  gtk_widget_set_tooltip_text (label, ond_figure_get_name (figure));
  gtk_widget_set_margin_start (label, part ? 24 : 0);
  if (part)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

/* A year's value, right-aligned, with its markers in front of it. */
static void
setup_value_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *problem = gtk_image_new ();
  GtkWidget *origin = gtk_image_new ();
  GtkWidget *label = new_cell_label (1.0f);

  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_image_set_from_icon_name (GTK_IMAGE (problem), "dialog-warning-symbolic");
  gtk_widget_add_css_class (problem, "warning");
  gtk_widget_add_css_class (origin, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), problem);
  gtk_box_append (GTK_BOX (box), origin);
  gtk_box_append (GTK_BOX (box), label);
  g_object_set_data (G_OBJECT (box), VALUE_LABEL, label);
  g_object_set_data (G_OBJECT (box), ORIGIN_ICON, origin);
  g_object_set_data (G_OBJECT (box), PROBLEM_ICON, problem);
  gtk_list_item_set_child (item, box);
}

static void
bind_value_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  int year = GPOINTER_TO_INT (user_data);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *label = g_object_get_data (G_OBJECT (box), VALUE_LABEL);
  GtkWidget *origin = g_object_get_data (G_OBJECT (box), ORIGIN_ICON);
  GtkWidget *problem = g_object_get_data (G_OBJECT (box), PROBLEM_ICON);
  OndFigure *figure = item_figure (item);
  g_autofree char *text = NULL;
  g_autofree char *origin_text = NULL;
  g_autofree char *problem_text = NULL;
  g_autofree char *description = NULL;
  const char *icon;

  if (figure == NULL)
    return;

  text = ond_figure_format_value (figure, year);
  origin_text = ond_figure_describe_origin (figure, year);
  problem_text = ond_figure_describe_problem (figure, year);
  icon = ond_figure_origin_icon (figure, year);

  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_image_set_from_icon_name (GTK_IMAGE (origin), icon);
  gtk_widget_set_visible (origin, icon != NULL);
  gtk_widget_set_tooltip_text (origin, origin_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (origin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, origin_text,
                                  -1);
  gtk_widget_set_visible (problem, problem_text != NULL);
  gtk_widget_set_tooltip_text (problem, problem_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (problem),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  problem_text != NULL ? problem_text : "",
                                  -1);

  if (problem_text != NULL)
    description = g_strdup_printf ("%s %s", origin_text, problem_text);
  else
    description = g_strdup (origin_text);
  gtk_widget_set_tooltip_text (label, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
bind_target_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  OndFigure *figure = item_figure (item);
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;
  gint64 target;

  if (figure == NULL)
    return;

  target = ond_figure_get_target (figure);
  text = target >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, target) : g_strdup ("–");
  description = ond_figure_describe_target (figure);
  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "",
                                  -1);
}

static void
setup_target_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *label = new_cell_label (1.0f);

  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
setup_status_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  gtk_list_item_set_child (item, new_cell_label (0.0f));
}

static void
bind_status_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  static const OndFigureStatus statuses[] = {
    OND_FIGURE_STATUS_NONE, OND_FIGURE_STATUS_ON_TRACK,
    OND_FIGURE_STATUS_BEHIND, OND_FIGURE_STATUS_FAR_BEHIND,
  };
  GtkWidget *label = gtk_list_item_get_child (item);
  OndFigure *figure = item_figure (item);
  OndFigureStatus status;

  if (figure == NULL)
    return;

  /* A recycled cell may carry another status's class. */
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    gtk_widget_remove_css_class (label, ond_figure_status_css_class (statuses[i]));

  status = ond_figure_get_status (figure);
  gtk_label_set_label (GTK_LABEL (label), ond_figure_status_label (status));
  gtk_widget_add_css_class (label, ond_figure_status_css_class (status));
}

static void
setup_trend_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *label = new_cell_label (0.0f);

  /* The word says it; the arrow only catches the eye. Its room is kept when there is no
   * arrow, so the words line up. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                  -1);
  gtk_widget_set_size_request (icon, 16, 16);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  g_object_set_data (G_OBJECT (box), VALUE_LABEL, label);
  g_object_set_data (G_OBJECT (box), ORIGIN_ICON, icon);
  gtk_list_item_set_child (item, box);
}

static void
bind_trend_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *label = g_object_get_data (G_OBJECT (box), VALUE_LABEL);
  GtkWidget *icon = g_object_get_data (G_OBJECT (box), ORIGIN_ICON);
  OndFigure *figure = item_figure (item);
  const char *icon_name = NULL;
  OndFigureTrend trend;

  if (figure == NULL)
    return;

  trend = ond_figure_get_trend (figure);
  switch (trend)
    {
    case OND_FIGURE_TREND_UP:
      icon_name = "go-up-symbolic";
      break;
    case OND_FIGURE_TREND_DOWN:
      icon_name = "go-down-symbolic";
      break;
    case OND_FIGURE_TREND_EQUAL:
    case OND_FIGURE_TREND_UNKNOWN:
    default:
      break;
    }
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), icon_name);
  gtk_label_set_label (GTK_LABEL (label), ond_figure_trend_label (trend));
  if (trend == OND_FIGURE_TREND_UNKNOWN)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

/* Exporting the table. */

static void
export_value_cb (OndXlsxTable *table,
                 gpointer      item,
                 gpointer      user_data)
{
  gint64 value = 0;

  if (ond_figure_get_value (item, GPOINTER_TO_INT (user_data), &value))
    ond_xlsx_table_add_number (table, value);
  else
    ond_xlsx_table_add_empty (table);
}

static void
export_target_cb (OndXlsxTable *table,
                  gpointer      item,
                  gpointer      user_data)
{
  gint64 target = ond_figure_get_target (item);

  if (target >= 0)
    ond_xlsx_table_add_number (table, target);
  else
    ond_xlsx_table_add_empty (table);
}

static void
export_status_cb (OndXlsxTable *table,
                  gpointer      item,
                  gpointer      user_data)
{
  ond_xlsx_table_add_text (table, ond_figure_status_label (ond_figure_get_status (item)));
}

static void
export_trend_cb (OndXlsxTable *table,
                 gpointer      item,
                 gpointer      user_data)
{
  ond_xlsx_table_add_text (table, ond_figure_trend_label (ond_figure_get_trend (item)));
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

/**
 * ond_figure_columns_new_name:
 *
 * Returns: (transfer full): the column of the figures' names, sortable by name
 */
GtkColumnViewColumn *
ond_figure_columns_new_name (void)
{
  GtkColumnViewColumn *column = new_column (_("Figure"), G_CALLBACK (setup_name_cb),
                                            G_CALLBACK (bind_name_cb), NULL);
  GtkExpression *name = gtk_property_expression_new (OND_TYPE_FIGURE, NULL, "name");
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_string_sorter_new (name));

  gtk_column_view_column_set_sorter (column, sorter);
  ond_list_export_column_property (column, OND_XLSX_TEXT, "name");
  /* Wide enough to read a name on a narrow screen: the table scrolls sideways there. */
  gtk_column_view_column_set_fixed_width (column, 240);
  gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_column_set_resizable (column, TRUE);
  return column;
}

/**
 * ond_figure_columns_new_year:
 * @year: the year the column shows
 *
 * Returns: (transfer full): the column of the figures' values of @year
 */
GtkColumnViewColumn *
ond_figure_columns_new_year (int year)
{
  char title[16];
  GtkColumnViewColumn *column;

  g_snprintf (title, sizeof title, "%d", year);
  column = new_column (title, G_CALLBACK (setup_value_cb), G_CALLBACK (bind_value_cb),
                       GINT_TO_POINTER (year));
  gtk_column_view_column_set_fixed_width (column, 92);
  ond_list_export_column_func (column, OND_XLSX_COUNT, export_value_cb,
                               GINT_TO_POINTER (year), NULL);
  return column;
}

/**
 * ond_figure_columns_new_target:
 *
 * Returns: (transfer full): the column of the figures' targets of the report year
 */
GtkColumnViewColumn *
ond_figure_columns_new_target (void)
{
  GtkColumnViewColumn *column = new_column (_("Target"), G_CALLBACK (setup_target_cb),
                                            G_CALLBACK (bind_target_cb), NULL);

  ond_list_export_column_func (column, OND_XLSX_COUNT, export_target_cb, NULL, NULL);
  gtk_column_view_column_set_fixed_width (column, 112);
  return column;
}

/**
 * ond_figure_columns_new_status:
 *
 * Returns: (transfer full): the column of the figures' status
 */
GtkColumnViewColumn *
ond_figure_columns_new_status (void)
{
  GtkColumnViewColumn *column = new_column (_("Status"), G_CALLBACK (setup_status_cb),
                                            G_CALLBACK (bind_status_cb), NULL);

  ond_list_export_column_func (column, OND_XLSX_TEXT, export_status_cb, NULL, NULL);
  gtk_column_view_column_set_fixed_width (column, 140);
  return column;
}

/**
 * ond_figure_columns_new_trend:
 *
 * Returns: (transfer full): the column of the figures' trend against the previous year
 */
GtkColumnViewColumn *
ond_figure_columns_new_trend (void)
{
  GtkColumnViewColumn *column = new_column (_("Trend"), G_CALLBACK (setup_trend_cb),
                                            G_CALLBACK (bind_trend_cb), NULL);

  ond_list_export_column_func (column, OND_XLSX_TEXT, export_trend_cb, NULL, NULL);
  gtk_column_view_column_set_fixed_width (column, 110);
  return column;
}
