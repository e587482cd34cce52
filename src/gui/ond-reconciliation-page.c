/* ond-reconciliation-page.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The reconciliation page: the year chosen (the plan's years, the reporting year of
 * DESIGN.md by default), and reading the store: everything is computed by the core
 * (OndReconciliation); the page reads it again when it is shown, or when the store changes
 * while it is, and shows it. The totals are in ond-reconciliation-summary.c, the tables in
 * ond-reconciliation-tables.c, their export (Export…, Ctrl+E) in
 * ond-reconciliation-page-export.c, the explanations for the council in
 * ond-reconciliation-page-explanations.c. */

#define G_LOG_DOMAIN "ond-reconciliation-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-reconciliation-page-private.h"
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

G_DEFINE_FINAL_TYPE (OndReconciliationPage, ond_reconciliation_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

/* Shows self->year of what was read. */
static void
update (OndReconciliationPage *self)
{
  _ond_reconciliation_page_update_summary (self);
  _ond_reconciliation_page_update_lines (self);
  _ond_reconciliation_page_update_chart (self);
  _ond_reconciliation_page_update_earmarks (self);
  _ond_reconciliation_page_update_explanations (self);
  _ond_reconciliation_page_update_outside_years (self);
}

static void
reload (OndReconciliationPage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->reconciliation);
  /* A hidden page reads when it is shown: the bookings can be many. */
  if (self->store != NULL && self->plan != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->reconciliation = ond_store_reconcile (self->store, ond_plan_get_id (self->plan),
                                                  &error);
      if (self->reconciliation == NULL)
        {
          g_warning ("Could not reconcile the budget: %s", error->message);
          gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s",
                                      error->message);
        }
    }

  _ond_reconciliation_page_read_explanations (self);
  update (self);
  _ond_reconciliation_page_update_outside (self);
}

/* The plan's years, the reporting year chosen. */
static void
update_years (OndReconciliationPage *self)
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
on_year_selected_cb (OndReconciliationPage *self,
                     GParamSpec            *pspec,
                     GtkDropDown           *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->updating_years || self->plan == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  ond_reconciliation_page_set_year (self,
                                    ond_plan_get_first_year (self->plan) + (int) selected);
}

static void
on_map_cb (OndReconciliationPage *self)
{
  reload (self);
}

/* A write elsewhere (a booking, an import, an undo): a shown page reads again at once; a
 * hidden one when it is shown. */
static void
on_store_changed_cb (OndReconciliationPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
}

static void
ond_reconciliation_page_dispose (GObject *object)
{
  OndReconciliationPage *self = OND_RECONCILIATION_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_RECONCILIATION_PAGE);
  g_clear_pointer (&self->summary_rows, g_ptr_array_unref);
  g_clear_object (&self->reconciliation);
  g_clear_pointer (&self->explanations, g_ptr_array_unref);

  G_OBJECT_CLASS (ond_reconciliation_page_parent_class)->dispose (object);
}

static void
ond_reconciliation_page_finalize (GObject *object)
{
  OndReconciliationPage *self = OND_RECONCILIATION_PAGE (object);

  g_clear_pointer (&self->unmatched_ids, g_hash_table_unref);
  g_clear_object (&self->plan);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_reconciliation_page_parent_class)->finalize (object);
}

static void
ond_reconciliation_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  OndReconciliationPage *self = OND_RECONCILIATION_PAGE (object);

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
ond_reconciliation_page_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  OndReconciliationPage *self = OND_RECONCILIATION_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ond_reconciliation_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_PLAN:
      ond_reconciliation_page_set_plan (self, g_value_get_object (value));
      break;

    case PROP_YEAR:
      ond_reconciliation_page_set_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_reconciliation_page_class_init (OndReconciliationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_reconciliation_page_dispose;
  object_class->finalize = ond_reconciliation_page_finalize;
  object_class->get_property = ond_reconciliation_page_get_property;
  object_class->set_property = ond_reconciliation_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         OND_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-reconciliation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OndReconciliationPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OndReconciliationPage, status_icon);
  gtk_widget_class_bind_template_child (widget_class, OndReconciliationPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, OndReconciliationPage, summary_group);
  gtk_widget_class_bind_template_child (widget_class, OndReconciliationPage, lines_view);
  gtk_widget_class_bind_template_child (widget_class, OndReconciliationPage, lines_selection);
  gtk_widget_class_bind_template_child (widget_class, OndReconciliationPage, chart);
  gtk_widget_class_bind_template_child (widget_class, OndReconciliationPage, earmarks_group);
  gtk_widget_class_bind_template_child (widget_class, OndReconciliationPage, earmarks_list);
  gtk_widget_class_bind_template_child (widget_class, OndReconciliationPage, outside_stack);
  gtk_widget_class_bind_template_child (widget_class, OndReconciliationPage, outside_view);
  gtk_widget_class_bind_template_child (widget_class, OndReconciliationPage,
                                        outside_selection);
  gtk_widget_class_bind_template_child (widget_class, OndReconciliationPage,
                                        year_explanation_group);
  gtk_widget_class_bind_template_child (widget_class, OndReconciliationPage,
                                        outside_years_group);
  gtk_widget_class_bind_template_child (widget_class, OndReconciliationPage,
                                        outside_years_list);
  gtk_widget_class_bind_template_callback (widget_class, on_year_selected_cb);
  _ond_reconciliation_page_class_export_init (widget_class);

  g_type_ensure (OND_TYPE_CHART_VIEW);
}

static void
ond_reconciliation_page_init (OndReconciliationPage *self)
{
  self->summary_rows = g_ptr_array_new ();
  self->unmatched_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  _ond_reconciliation_page_init_summary (self);
  _ond_reconciliation_page_init_tables (self);
  _ond_reconciliation_page_init_export (self);
  _ond_reconciliation_page_init_explanations (self);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  update (self);
}

GtkWidget *
ond_reconciliation_page_new (void)
{
  return g_object_new (OND_TYPE_RECONCILIATION_PAGE, NULL);
}

/**
 * ond_reconciliation_page_get_store:
 * @self: an #OndReconciliationPage
 *
 * Returns: (transfer none) (nullable): the store the page reads
 */
OndStore *
ond_reconciliation_page_get_store (OndReconciliationPage *self)
{
  g_return_val_if_fail (OND_IS_RECONCILIATION_PAGE (self), NULL);

  return self->store;
}

void
ond_reconciliation_page_set_store (OndReconciliationPage *self,
                                   OndStore              *store)
{
  g_return_if_fail (OND_IS_RECONCILIATION_PAGE (self));
  g_return_if_fail (store == NULL || OND_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ond_reconciliation_page_get_plan:
 * @self: an #OndReconciliationPage
 *
 * Returns: (transfer none) (nullable): the plan reconciled
 */
OndPlan *
ond_reconciliation_page_get_plan (OndReconciliationPage *self)
{
  g_return_val_if_fail (OND_IS_RECONCILIATION_PAGE (self), NULL);

  return self->plan;
}

void
ond_reconciliation_page_set_plan (OndReconciliationPage *self,
                                  OndPlan               *plan)
{
  g_return_if_fail (OND_IS_RECONCILIATION_PAGE (self));
  g_return_if_fail (plan == NULL || OND_IS_PLAN (plan));

  if (!g_set_object (&self->plan, plan))
    return;

  update_years (self);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

int
ond_reconciliation_page_get_year (OndReconciliationPage *self)
{
  g_return_val_if_fail (OND_IS_RECONCILIATION_PAGE (self), 0);

  return self->year;
}

/**
 * ond_reconciliation_page_set_year:
 * @self: an #OndReconciliationPage
 * @year: a year of the plan
 *
 * Shows @year, as if the user chose it; a year outside the plan is ignored.
 */
void
ond_reconciliation_page_set_year (OndReconciliationPage *self,
                                  int                    year)
{
  g_return_if_fail (OND_IS_RECONCILIATION_PAGE (self));

  if (self->plan == NULL || year == self->year ||
      year < ond_plan_get_first_year (self->plan) || year > ond_plan_get_last_year (self->plan))
    return;

  self->year = year;
  self->updating_years = TRUE;
  gtk_drop_down_set_selected (self->year_dropdown,
                              (guint) (year - ond_plan_get_first_year (self->plan)));
  self->updating_years = FALSE;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

/**
 * ond_reconciliation_page_get_reconciliation:
 * @self: an #OndReconciliationPage
 *
 * Returns: (transfer none) (nullable): the reconciliation shown; %NULL while the page is
 *   hidden (it reads the store when it is shown)
 */
OndReconciliation *
ond_reconciliation_page_get_reconciliation (OndReconciliationPage *self)
{
  g_return_val_if_fail (OND_IS_RECONCILIATION_PAGE (self), NULL);

  return self->reconciliation;
}

void
ond_reconciliation_page_reload (OndReconciliationPage *self)
{
  g_return_if_fail (OND_IS_RECONCILIATION_PAGE (self));

  reload (self);
}
