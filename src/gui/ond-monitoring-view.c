/* ond-monitoring-view.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Monitoring section. At the top the reporting year (its targets, status and trend;
 * the plan's years, the reporting year of DESIGN.md by default) and whether that year is
 * closed. Below it the monitoring table: the store's figures (ond_store_list_figures) in a
 * column view, a column per year from the baseline to the plan's last year; and under the
 * table the selected figure (OndFigureDetail). Everything is read from the store again
 * when the section is shown, so it is current after work in other sections; the figures
 * are counted by the store, never here. Changes (hand values, closing and reopening a year)
 * go through the store and are refused there when they break a rule: the refusal is shown. */

#define G_LOG_DOMAIN "ond-monitoring-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-date.h"
#include "ond-figure-columns.h"
#include "ond-figure-detail.h"
#include "ond-list-export.h"
#include "ond-monitoring-view-private.h"
#include "ond-store-figures.h"
#include "ond-xlsx-export.h"
#include "ond-year-list.h"

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  PROP_YEAR,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndMonitoringView, ond_monitoring_view, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

/* Says what could not be read, in the window's toast; the details go to the log. */
void
_ond_monitoring_view_report_error (OndMonitoringView *self,
                                   const char        *what,
                                   const GError      *error)
{
  g_warning ("%s: %s", what, error->message);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
}

/* The last close or reopen of the year, to say when and by whom. */
static OndYearClose *
find_last_event (GPtrArray *events,
                 int        year)
{
  for (guint i = events != NULL ? events->len : 0; i > 0; i--)
    {
      OndYearClose *event = g_ptr_array_index (events, i - 1);

      if (event->year == year)
        return event;
    }
  return NULL;
}

static void
update_year_state (OndMonitoringView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autofree char *text = NULL;
  g_autofree char *date = NULL;
  gboolean closed = FALSE;
  OndYearClose *event;

  if (self->store == NULL || self->plan == NULL || self->year <= 0)
    {
      self->year_closed = FALSE;
      gtk_label_set_label (self->state_label, "");
      return;
    }

  if (!ond_store_is_year_closed (self->store, self->year, &closed, &error) ||
      (events = ond_store_list_year_closes (self->store, &error)) == NULL)
    {
      _ond_monitoring_view_report_error (self, "Could not read whether the year is closed", error);
      closed = FALSE;
    }
  self->year_closed = closed;

  event = find_last_event (events, self->year);
  if (event != NULL)
    {
      g_autofree char *day = g_strndup (event->at, 10);

      date = ond_date_format (day);
    }

  if (closed && event != NULL)
    /* Translators: the state of a reporting year, e.g. "2024 was closed on 15-01-2025 by
     * jdevries: its figures are frozen". */
    text = g_strdup_printf (_("%d was closed on %s by %s: its figures are frozen"),
                            self->year, date, event->who);
  else if (closed)
    text = g_strdup_printf (_("%d is closed: its figures are frozen"), self->year);
  else if (event != NULL && g_strcmp0 (event->action, "reopen") == 0)
    /* Translators: the state of a reporting year, e.g. "2024 was reopened on 02-02-2025
     * by jdevries (a late measure); its figures are counted from the records". */
    text = g_strdup_printf (_("%d was reopened on %s by %s (%s); its figures are counted "
                              "from the records"),
                            self->year, date, event->who, event->reason);
  else
    text = g_strdup_printf (_("%d is open: its figures are counted from the records"),
                            self->year);
  gtk_label_set_label (self->state_label, text);
}

static void
update_detail (OndMonitoringView *self)
{
  ond_figure_detail_set_figure (self->detail, ond_monitoring_view_get_selected (self));
  _ond_monitoring_view_update_actions (self);
}

static void
on_selected_item_cb (OndMonitoringView  *self,
                     GParamSpec         *pspec,
                     GtkSingleSelection *selection)
{
  /* While the view goes, its columns go after the template's children: a table sorted by
   * one of them is sorted again, and its selection may change. */
  if (!self->reloading && self->selection != NULL && self->detail != NULL)
    update_detail (self);
}

/* One column per year, from the baseline year before the plan to its last year. */
static void
update_columns (OndMonitoringView *self)
{
  int first_year = self->plan != NULL ? ond_plan_get_first_year (self->plan) - 1 : 0;
  int last_year = self->plan != NULL ? ond_plan_get_last_year (self->plan) : -1;

  if (self->columns->len > 0 && first_year == self->first_year && last_year == self->last_year)
    return;

  for (guint i = 0; i < self->columns->len; i++)
    gtk_column_view_remove_column (self->column_view, g_ptr_array_index (self->columns, i));
  g_ptr_array_set_size (self->columns, 0);
  self->first_year = first_year;
  self->last_year = last_year;

  g_ptr_array_add (self->columns, ond_figure_columns_new_name ());
  for (int year = first_year; year <= last_year; year++)
    g_ptr_array_add (self->columns, ond_figure_columns_new_year (year));
  g_ptr_array_add (self->columns, ond_figure_columns_new_target ());
  g_ptr_array_add (self->columns, ond_figure_columns_new_status ());
  g_ptr_array_add (self->columns, ond_figure_columns_new_trend ());

  for (guint i = 0; i < self->columns->len; i++)
    gtk_column_view_append_column (self->column_view, g_ptr_array_index (self->columns, i));
}

/* The years to report on: the plan's, the reporting year of DESIGN.md chosen. */
static void
update_years (OndMonitoringView *self)
{
  g_autoptr(GtkStringList) years = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = 0;

  if (self->plan != NULL)
    {
      int first_year = ond_plan_get_first_year (self->plan);
      int last_year = ond_plan_get_last_year (self->plan);

      years = ond_year_list_new (first_year, last_year);
      year = ond_report_default_year (first_year, last_year, now);
    }
  else
    years = ond_year_list_new (0, -1);

  self->updating_years = TRUE;
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (years));
  if (self->plan != NULL)
    gtk_drop_down_set_selected (self->year_dropdown,
                                (guint) (year - ond_plan_get_first_year (self->plan)));
  self->updating_years = FALSE;

  if (self->year != year)
    {
      self->year = year;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
    }
}

static void
on_year_selected_cb (OndMonitoringView *self,
                     GParamSpec        *pspec,
                     GtkDropDown       *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->updating_years || self->plan == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  ond_monitoring_view_set_year (self, ond_plan_get_first_year (self->plan) + (int) selected);
}

/* Reads the figures from the store again, keeping the selected figure. */
void
_ond_monitoring_view_reload (OndMonitoringView *self)
{
  g_autoptr(GListModel) figures = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *selected_code = NULL;
  OndFigure *selected = ond_monitoring_view_get_selected (self);

  if (selected != NULL)
    selected_code = g_strdup (ond_figure_get_code (selected));

  if (self->store != NULL && self->plan != NULL && self->year > 0)
    {
      figures = ond_store_list_figures (self->store, ond_plan_get_id (self->plan), self->year,
                                        now, &error);
      if (figures == NULL)
        _ond_monitoring_view_report_error (self, "Could not read the monitoring figures", error);
    }

  self->reloading = TRUE;
  g_set_object (&self->figures, figures);
  gtk_sort_list_model_set_model (self->sort_model, self->figures);
  if (selected_code != NULL)
    ond_monitoring_view_select_figure (self, selected_code);
  self->reloading = FALSE;

  update_year_state (self);
  update_detail (self);
}

static void
on_map_cb (OndMonitoringView *self)
{
  _ond_monitoring_view_reload (self);
}

/* Something was written (an undo from a toast, a headless import): a shown view reads its
 * figures again at once; a hidden one does when it is shown. */
static void
on_store_changed_cb (OndMonitoringView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    _ond_monitoring_view_reload (self);
}

static void
ond_monitoring_view_dispose (GObject *object)
{
  OndMonitoringView *self = OND_MONITORING_VIEW (object);

  _ond_monitoring_view_forget_undo (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_MONITORING_VIEW);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_object (&self->figures);

  G_OBJECT_CLASS (ond_monitoring_view_parent_class)->dispose (object);
}

static void
ond_monitoring_view_finalize (GObject *object)
{
  OndMonitoringView *self = OND_MONITORING_VIEW (object);

  g_clear_object (&self->plan);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_monitoring_view_parent_class)->finalize (object);
}

static void
ond_monitoring_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OndMonitoringView *self = OND_MONITORING_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_monitoring_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  OndMonitoringView *self = OND_MONITORING_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ond_monitoring_view_set_store (self, g_value_get_object (value));
      break;

    case PROP_PLAN:
      ond_monitoring_view_set_plan (self, g_value_get_object (value));
      break;

    case PROP_YEAR:
      ond_monitoring_view_set_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_monitoring_view_class_init (OndMonitoringViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_monitoring_view_dispose;
  object_class->finalize = ond_monitoring_view_finalize;
  object_class->get_property = ond_monitoring_view_get_property;
  object_class->set_property = ond_monitoring_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         OND_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The reporting year: the targets, status and trend are of this year. */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-monitoring-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OndMonitoringView, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OndMonitoringView, state_label);
  gtk_widget_class_bind_template_child (widget_class, OndMonitoringView, close_button);
  gtk_widget_class_bind_template_child (widget_class, OndMonitoringView, reopen_button);
  gtk_widget_class_bind_template_child (widget_class, OndMonitoringView, column_view);
  gtk_widget_class_bind_template_child (widget_class, OndMonitoringView, selection);
  gtk_widget_class_bind_template_child (widget_class, OndMonitoringView, sort_model);
  gtk_widget_class_bind_template_child (widget_class, OndMonitoringView, detail);
  gtk_widget_class_bind_template_callback (widget_class, on_year_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_item_cb);

  _ond_monitoring_view_class_actions_init (klass);

  g_type_ensure (OND_TYPE_FIGURE_DETAIL);
}

/* The reporting year, for the line below the title of the exported table: its targets,
 * status and trend. */
static char *
describe_table (gpointer user_data)
{
  OndMonitoringView *self = user_data;

  if (self->year <= 0)
    return NULL;
  /* Translators: below the title of the exported monitoring figures. */
  return g_strdup_printf (_("Targets, status and trend of %d"), self->year);
}

static void
ond_monitoring_view_init (OndMonitoringView *self)
{
  self->columns = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  update_columns (self);
  ond_list_export_setup (self->column_view, GTK_WIDGET (self), "monitoring.export-list",
                         _("Monitoring figures"), "monitoring", describe_table, self);
  _ond_monitoring_view_update_actions (self);
}

GtkWidget *
ond_monitoring_view_new (void)
{
  return g_object_new (OND_TYPE_MONITORING_VIEW, NULL);
}

/**
 * ond_monitoring_view_get_store:
 * @self: an #OndMonitoringView
 *
 * Returns: (transfer none) (nullable): the store the figures come from
 */
OndStore *
ond_monitoring_view_get_store (OndMonitoringView *self)
{
  g_return_val_if_fail (OND_IS_MONITORING_VIEW (self), NULL);

  return self->store;
}

void
ond_monitoring_view_set_store (OndMonitoringView *self,
                               OndStore          *store)
{
  g_return_if_fail (OND_IS_MONITORING_VIEW (self));
  g_return_if_fail (store == NULL || OND_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  ond_figure_detail_set_store (self->detail, store);
  _ond_monitoring_view_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ond_monitoring_view_get_plan:
 * @self: an #OndMonitoringView
 *
 * Returns: (transfer none) (nullable): the plan whose figures are shown
 */
OndPlan *
ond_monitoring_view_get_plan (OndMonitoringView *self)
{
  g_return_val_if_fail (OND_IS_MONITORING_VIEW (self), NULL);

  return self->plan;
}

void
ond_monitoring_view_set_plan (OndMonitoringView *self,
                              OndPlan           *plan)
{
  g_return_if_fail (OND_IS_MONITORING_VIEW (self));
  g_return_if_fail (plan == NULL || OND_IS_PLAN (plan));

  if (!g_set_object (&self->plan, plan))
    return;

  ond_figure_detail_set_plan (self->detail, plan);
  update_columns (self);
  update_years (self);
  _ond_monitoring_view_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * ond_monitoring_view_get_year:
 * @self: an #OndMonitoringView
 *
 * Returns: the reporting year shown (0 without a plan)
 */
int
ond_monitoring_view_get_year (OndMonitoringView *self)
{
  g_return_val_if_fail (OND_IS_MONITORING_VIEW (self), 0);

  return self->year;
}

/**
 * ond_monitoring_view_set_year:
 * @self: an #OndMonitoringView
 * @year: a year of the plan
 *
 * Reports on @year, as if the user chose it: its targets, status, trend and state.
 */
void
ond_monitoring_view_set_year (OndMonitoringView *self,
                              int                year)
{
  g_return_if_fail (OND_IS_MONITORING_VIEW (self));

  if (self->plan == NULL || year == self->year ||
      year < ond_plan_get_first_year (self->plan) || year > ond_plan_get_last_year (self->plan))
    return;

  self->year = year;
  self->updating_years = TRUE;
  gtk_drop_down_set_selected (self->year_dropdown,
                              (guint) (year - ond_plan_get_first_year (self->plan)));
  self->updating_years = FALSE;
  _ond_monitoring_view_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

/**
 * ond_monitoring_view_get_figures:
 * @self: an #OndMonitoringView
 *
 * Returns: (transfer none) (nullable): the figures the table shows (#OndFigure), in the
 *   store's order
 */
GListModel *
ond_monitoring_view_get_figures (OndMonitoringView *self)
{
  g_return_val_if_fail (OND_IS_MONITORING_VIEW (self), NULL);

  return self->figures;
}

/**
 * ond_monitoring_view_get_selected:
 * @self: an #OndMonitoringView
 *
 * Returns: (transfer none) (nullable): the figure selected in the table
 */
OndFigure *
ond_monitoring_view_get_selected (OndMonitoringView *self)
{
  gpointer item;

  g_return_val_if_fail (OND_IS_MONITORING_VIEW (self), NULL);

  item = gtk_single_selection_get_selected_item (self->selection);
  return OND_IS_FIGURE (item) ? item : NULL;
}

/**
 * ond_monitoring_view_select_figure:
 * @self: an #OndMonitoringView
 * @code: the code of a figure, e.g. "integrated_controls"
 *
 * Selects the figure in the table, as if the user clicked its row.
 *
 * Returns: whether the table has the figure
 */
gboolean
ond_monitoring_view_select_figure (OndMonitoringView *self,
                                   const char        *code)
{
  GListModel *model;

  g_return_val_if_fail (OND_IS_MONITORING_VIEW (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  model = G_LIST_MODEL (self->sort_model);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OndFigure) figure = g_list_model_get_item (model, i);

      if (g_strcmp0 (ond_figure_get_code (figure), code) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * ond_monitoring_view_reload:
 * @self: an #OndMonitoringView
 *
 * Reads the figures from the store again, keeping the selected figure.
 */
void
ond_monitoring_view_reload (OndMonitoringView *self)
{
  g_return_if_fail (OND_IS_MONITORING_VIEW (self));

  _ond_monitoring_view_reload (self);
}
