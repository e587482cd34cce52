/* ond-figure-detail.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The detail of one monitoring figure, below the monitoring table. Everything comes from the
 * OndFigure the table shows (values, origins, target of the report year) and, for the parts
 * and the months, from the store. The charts are OndChartViews, drawn by the same code as
 * the council report's. */

#define G_LOG_DOMAIN "ond-figure-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-chart-view.h"
#include "ond-figure-columns.h"
#include "ond-figure-detail-private.h"
#include "ond-store-figures.h"
#include "ond-year-list.h"

/* The figure that has a cumulative chart per month: the plan sets its target per year
 * ("10 integrale controles") and the team wants to see the year fill up. */
#define CUMULATIVE_CODE "integrated_controls"

enum
{
  PROP_0,
  PROP_STORE,
  PROP_FIGURE,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndFigureDetail, ond_figure_detail, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

/* Says what could not be read, in the window's toast; the details go to the log. */
void
_ond_figure_detail_report_error (OndFigureDetail *self,
                                 const char      *what,
                                 const GError    *error)
{
  g_warning ("%s: %s", what, error->message);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
}

/* A year of the figure: its value, where it comes from, what is off, and for a hand value
 * the button that clears it. */
static GtkWidget *
create_value_row (gpointer item,
                  gpointer user_data)
{
  OndFigureDetail *self = user_data;
  int year = (int) g_ascii_strtoll (gtk_string_object_get_string (item), NULL, 10);
  g_autofree char *value = ond_figure_format_value (self->figure, year);
  g_autofree char *origin = ond_figure_describe_origin (self->figure, year);
  g_autofree char *problem = ond_figure_describe_problem (self->figure, year);
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  const char *icon_name = ond_figure_origin_icon (self->figure, year);
  GtkWidget *row;
  GtkWidget *label;

  subtitle = problem != NULL ? g_strdup_printf ("%s\n%s", origin, problem) : g_strdup (origin);
  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "use-markup", FALSE,
                      "title", gtk_string_object_get_string (item),
                      "subtitle", subtitle,
                      "subtitle-lines", 0,
                      "activatable", FALSE,
                      NULL);

  if (problem != NULL)
    {
      GtkWidget *warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (warning, "warning");
      gtk_widget_set_tooltip_text (warning, problem);
      gtk_accessible_update_property (GTK_ACCESSIBLE (warning),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, problem,
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), warning);
    }
  if (icon_name != NULL)
    {
      GtkWidget *marker = gtk_image_new_from_icon_name (icon_name);

      gtk_widget_add_css_class (marker, "dim-label");
      gtk_widget_set_tooltip_text (marker, origin);
      gtk_accessible_update_property (GTK_ACCESSIBLE (marker),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, origin,
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), marker);
    }

  label = g_object_new (GTK_TYPE_LABEL,
                        "label", value,
                        "valign", GTK_ALIGN_CENTER,
                        NULL);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "title-4");
  /* Translators: a year's value of a figure for a screen reader, e.g. "2022: 84". */
  accessible = g_strdup_printf (_("%d: %s"), year, value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, origin,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  if (ond_figure_get_origin (self->figure, year) == OND_FIGURE_ORIGIN_MANUAL)
    {
      g_autofree char *clear_name = NULL;
      GtkWidget *button;

      button = g_object_new (GTK_TYPE_BUTTON,
                             "label", _("Clear Value"),
                             "valign", GTK_ALIGN_CENTER,
                             "action-name", "monitoring.clear-value",
                             "action-target", g_variant_new_int32 (year),
                             NULL);
      gtk_widget_add_css_class (button, "flat");
      /* Translators: the accessible name of the button that clears a hand value, e.g.
       * "Clear the value of 2022". */
      clear_name = g_strdup_printf (_("Clear the value of %d"), year);
      gtk_widget_set_tooltip_text (button, clear_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, clear_name,
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  return row;
}

static void
load_values (OndFigureDetail *self)
{
  g_autoptr(GtkStringList) years = ond_year_list_new (ond_figure_get_first_year (self->figure),
                                                      ond_figure_get_last_year (self->figure));

  gtk_list_box_bind_model (self->values_list, G_LIST_MODEL (years),
                           create_value_row, self, NULL);
}

static void
load_bar_chart (OndFigureDetail *self)
{
  int first_year = ond_figure_get_first_year (self->figure);
  int last_year = ond_figure_get_last_year (self->figure);
  int report_year = ond_figure_get_report_year (self->figure);
  guint n_bars = (guint) MAX (0, last_year - first_year + 1);
  g_autofree OndChartBar *bars = g_new0 (OndChartBar, MAX (n_bars, 1));
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *target_label = NULL;
  g_autofree char *description = NULL;
  gint64 target = ond_figure_get_target (self->figure);

  for (guint i = 0; i < n_bars; i++)
    {
      int year = first_year + (int) i;
      gint64 value = 0;
      char *label = g_strdup_printf ("%d", year);

      g_ptr_array_add (labels, label);
      bars[i].label = label;
      bars[i].known = ond_figure_get_value (self->figure, year, &value);
      bars[i].value = (double) value;
      bars[i].highlight = year == report_year;
    }

  if (target >= 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, target);

      /* Translators: the label of the target line in a chart, e.g. "Target 2024: 10". */
      target_label = g_strdup_printf (_("Target %d: %s"), report_year, number);
    }

  /* The chart view reads its values out as its label; this says what they are of. */
  ond_chart_view_set_bars (self->bar_chart, _("Per Year"), bars, n_bars,
                           target >= 0 ? (double) target : -1.0, target_label);
  /* Translators: the accessible description of a bar chart, e.g. "Integrale controles per
   * year, against the target of the reporting year". */
  description = g_strdup_printf (_("%s per year, against the target of the reporting year"),
                                 ond_figure_get_name (self->figure));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bar_chart),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* The months of the report year that have passed: all of a year that has ended. */
static guint
months_passed (int year)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int this_year = g_date_time_get_year (now);

  if (year < this_year)
    return 12;
  if (year > this_year)
    return 0;
  return (guint) g_date_time_get_month (now);
}

static void
load_cumulative_chart (OndFigureDetail *self)
{
  GtkWidget *cell = gtk_widget_get_ancestor (GTK_WIDGET (self->cumulative_chart),
                                             GTK_TYPE_FLOW_BOX_CHILD);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  int year = ond_figure_get_report_year (self->figure);
  gint64 target = ond_figure_get_target (self->figure);
  gint64 months[12] = { 0 };
  gboolean by_month = FALSE;

  if (g_strcmp0 (ond_figure_get_code (self->figure), CUMULATIVE_CODE) != 0)
    {
      ond_chart_view_clear (self->cumulative_chart);
      gtk_widget_set_visible (cell, FALSE);
      return;
    }

  if (!ond_store_get_figure_months (self->store, ond_figure_get_code (self->figure), year,
                                    months, &by_month, &error))
    _ond_figure_detail_report_error (self, "Could not read the figure per month", error);

  /* A hand value has no months to draw. */
  gtk_widget_set_visible (cell, by_month);
  if (!by_month)
    {
      ond_chart_view_clear (self->cumulative_chart);
      return;
    }

  /* Translators: the title of the cumulative chart, e.g. "Added Up per Month, 2024". */
  title = g_strdup_printf (_("Added Up per Month, %d"), year);
  ond_chart_view_set_cumulative (self->cumulative_chart, title, months, months_passed (year),
                                 target >= 0 ? (double) target : -1.0);
  /* Translators: the accessible description of the cumulative chart, e.g. "Integrale
   * controles per month, added up, against a straight line to the year's target". */
  description = g_strdup_printf (_("%s per month, added up, against a straight line to the "
                                   "year's target"),
                                 ond_figure_get_name (self->figure));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->cumulative_chart),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
load_heading (OndFigureDetail *self)
{
  g_autoptr(GString) info = g_string_new (NULL);
  g_autofree char *target = ond_figure_describe_target (self->figure);
  const char *unit = ond_figure_get_unit (self->figure);

  gtk_label_set_label (self->name_label, ond_figure_get_name (self->figure));

  if (unit != NULL && unit[0] != '\0')
    /* Translators: what a monitoring figure counts, e.g. "Unit: controles". */
    g_string_append_printf (info, _("Unit: %s"), unit);
  if (ond_figure_get_parent_code (self->figure) != NULL)
    {
      if (info->len > 0)
        g_string_append (info, " · ");
      g_string_append (info, _("part of a sum"));
    }
  if (target != NULL)
    {
      if (info->len > 0)
        g_string_append (info, " · ");
      /* Translators: e.g. "2024: Target 10, 4.5 due by today". */
      g_string_append_printf (info, _("%d: %s"), ond_figure_get_report_year (self->figure),
                              target);
    }
  if (info->len > 0)
    g_string_append (info, " · ");
  /* Translators: the status of a figure in the report year, e.g. "Status: On track". */
  g_string_append_printf (info, _("Status: %s"),
                          ond_figure_status_label (ond_figure_get_status (self->figure)));
  gtk_label_set_label (self->info_label, info->str);
}

static void
load (OndFigureDetail *self)
{
  if (self->figure == NULL || self->store == NULL)
    {
      gtk_list_box_bind_model (self->values_list, NULL, NULL, NULL, NULL);
      gtk_no_selection_set_model (self->parts_selection, NULL);
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  load_heading (self);
  load_bar_chart (self);
  load_cumulative_chart (self);
  load_values (self);
  _ond_figure_detail_load_parts (self);
  _ond_figure_detail_load_explanation (self);
  gtk_stack_set_visible_child_name (self->stack, "figure");
}

static void
ond_figure_detail_dispose (GObject *object)
{
  OndFigureDetail *self = OND_FIGURE_DETAIL (object);

  if (self->values_list != NULL)
    gtk_list_box_bind_model (self->values_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_FIGURE_DETAIL);
  self->stack = NULL;

  G_OBJECT_CLASS (ond_figure_detail_parent_class)->dispose (object);
}

static void
ond_figure_detail_finalize (GObject *object)
{
  OndFigureDetail *self = OND_FIGURE_DETAIL (object);

  _ond_figure_detail_finalize_parts (self);
  g_clear_object (&self->figure);
  g_clear_object (&self->plan);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_figure_detail_parent_class)->finalize (object);
}

static void
ond_figure_detail_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OndFigureDetail *self = OND_FIGURE_DETAIL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_FIGURE:
      g_value_set_object (value, self->figure);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_figure_detail_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OndFigureDetail *self = OND_FIGURE_DETAIL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ond_figure_detail_set_store (self, g_value_get_object (value));
      break;

    case PROP_FIGURE:
      ond_figure_detail_set_figure (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_figure_detail_class_init (OndFigureDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_figure_detail_dispose;
  object_class->finalize = ond_figure_detail_finalize;
  object_class->get_property = ond_figure_detail_get_property;
  object_class->set_property = ond_figure_detail_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIGURE] =
    g_param_spec_object ("figure", NULL, NULL,
                         OND_TYPE_FIGURE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-figure-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, OndFigureDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, OndFigureDetail, info_label);
  gtk_widget_class_bind_template_child (widget_class, OndFigureDetail, detail_box);
  gtk_widget_class_bind_template_child (widget_class, OndFigureDetail, bar_chart);
  gtk_widget_class_bind_template_child (widget_class, OndFigureDetail, cumulative_chart);
  gtk_widget_class_bind_template_child (widget_class, OndFigureDetail, values_list);
  gtk_widget_class_bind_template_child (widget_class, OndFigureDetail, parts_group);
  gtk_widget_class_bind_template_child (widget_class, OndFigureDetail, parts_view);
  gtk_widget_class_bind_template_child (widget_class, OndFigureDetail, parts_selection);
  _ond_figure_detail_bind_explanation (widget_class);

  g_type_ensure (OND_TYPE_CHART_VIEW);
}

static void
ond_figure_detail_init (OndFigureDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The bin's own child is not bound: AdwBin unparents it itself when it is disposed. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  _ond_figure_detail_init_parts (self);

  /* The cells of the layout are not choices: they take no focus (their buttons do). */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->detail_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  load (self);
}

GtkWidget *
ond_figure_detail_new (void)
{
  return g_object_new (OND_TYPE_FIGURE_DETAIL, NULL);
}

/**
 * ond_figure_detail_get_store:
 * @self: an #OndFigureDetail
 *
 * Returns: (transfer none) (nullable): the store the parts and months are read from
 */
OndStore *
ond_figure_detail_get_store (OndFigureDetail *self)
{
  g_return_val_if_fail (OND_IS_FIGURE_DETAIL (self), NULL);

  return self->store;
}

void
ond_figure_detail_set_store (OndFigureDetail *self,
                             OndStore        *store)
{
  g_return_if_fail (OND_IS_FIGURE_DETAIL (self));
  g_return_if_fail (store == NULL || OND_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  /* An explanation written or deleted (or put back by Undo) shows at once. */
  if (store != NULL)
    g_signal_connect_object (store, "changed",
                             G_CALLBACK (_ond_figure_detail_load_explanation), self,
                             G_CONNECT_SWAPPED);

  load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ond_figure_detail_get_plan:
 * @self: an #OndFigureDetail
 *
 * Returns: (transfer none) (nullable): the plan whose explanations are shown
 */
OndPlan *
ond_figure_detail_get_plan (OndFigureDetail *self)
{
  g_return_val_if_fail (OND_IS_FIGURE_DETAIL (self), NULL);

  return self->plan;
}

/**
 * ond_figure_detail_set_plan:
 * @self: an #OndFigureDetail
 * @plan: (nullable): the plan the figures are of
 *
 * The plan whose explanation of the figure is shown and written.
 */
void
ond_figure_detail_set_plan (OndFigureDetail *self,
                            OndPlan         *plan)
{
  g_return_if_fail (OND_IS_FIGURE_DETAIL (self));
  g_return_if_fail (plan == NULL || OND_IS_PLAN (plan));

  if (g_set_object (&self->plan, plan) && self->figure != NULL && self->store != NULL)
    _ond_figure_detail_load_explanation (self);
}

/**
 * ond_figure_detail_get_figure:
 * @self: an #OndFigureDetail
 *
 * Returns: (transfer none) (nullable): the figure shown
 */
OndFigure *
ond_figure_detail_get_figure (OndFigureDetail *self)
{
  g_return_val_if_fail (OND_IS_FIGURE_DETAIL (self), NULL);

  return self->figure;
}

/**
 * ond_figure_detail_set_figure:
 * @self: an #OndFigureDetail
 * @figure: (nullable): the figure to show
 *
 * Shows @figure, reading its parts and months from the store. Set it again after a reload:
 * the figures are new objects then.
 */
void
ond_figure_detail_set_figure (OndFigureDetail *self,
                              OndFigure       *figure)
{
  g_return_if_fail (OND_IS_FIGURE_DETAIL (self));
  g_return_if_fail (figure == NULL || OND_IS_FIGURE (figure));

  if (!g_set_object (&self->figure, figure))
    return;

  load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIGURE]);
}
