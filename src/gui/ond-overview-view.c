/* ond-overview-view.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The dashboard (Overzicht): the reporting year (its key figures, overdue planning and
 * budget spent: ond-overview-view-year.c), the follow-ups that are due today, how many cases
 * are open in each status, and one row per section with what it holds, leading there. It
 * shows no personal data: a case appears only by its reference, theme and status.
 * Everything is read from the store when the view is shown, so it is current after work in
 * other sections. */

#define G_LOG_DOMAIN "ond-overview-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-budget-summary.h"
#include "ond-case.h"
#include "ond-case-workflow.h"
#include "ond-date.h"
#include "ond-money.h"
#include "ond-overview-view-private.h"
#include "ond-plan.h"
#include "ond-store-cases.h"
#include "ond-store-meetings.h"

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  N_PROPS,
};

typedef struct
{
  OndCaseStatus  status;
  GtkWidget     *tile;
  GtkLabel      *label;
} StatusCount;

G_DEFINE_FINAL_TYPE (OndOverviewView, ond_overview_view, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

void
_ond_overview_view_report_error (OndOverviewView *self,
                                 const char      *what,
                                 const GError    *error)
{
  g_warning ("%s: %s", what, error->message);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
}

static guint
count_items (GListModel *model)
{
  return model != NULL ? g_list_model_get_n_items (model) : 0;
}

/* One tile per open status: the count, large, above the status. */
static void
create_status_tiles (OndOverviewView *self)
{
  for (int status = 0; status < OND_CASE_STATUS_N; status++)
    {
      GtkWidget *tile;
      GtkWidget *count;
      GtkWidget *name;
      StatusCount status_count;

      if (!ond_case_status_is_open (status))
        continue;

      tile = g_object_new (GTK_TYPE_BOX,
                           "orientation", GTK_ORIENTATION_VERTICAL,
                           "spacing", 2,
                           NULL);
      gtk_widget_add_css_class (tile, "card");
      count = g_object_new (GTK_TYPE_LABEL,
                            "label", "0",
                            "margin-top", 12,
                            NULL);
      gtk_widget_add_css_class (count, "title-1");
      gtk_widget_add_css_class (count, "numeric");
      name = g_object_new (GTK_TYPE_LABEL,
                           "label", ond_case_status_label (status),
                           "margin-bottom", 12,
                           "margin-start", 6,
                           "margin-end", 6,
                           "ellipsize", PANGO_ELLIPSIZE_END,
                           NULL);
      gtk_widget_add_css_class (name, "dim-label");
      gtk_box_append (GTK_BOX (tile), count);
      gtk_box_append (GTK_BOX (tile), name);
      gtk_flow_box_append (self->status_box, tile);
      gtk_widget_set_focusable (gtk_widget_get_parent (tile), FALSE);

      status_count.status = status;
      status_count.tile = tile;
      status_count.label = GTK_LABEL (count);
      g_array_append_val (self->status_counts, status_count);
    }
}

/* Counted in SQL, one COUNT(*) per status on its index: never a list of the cases. */
static void
load_status_counts (OndOverviewView *self)
{
  g_autofree char *total_text = NULL;
  guint total = 0;

  for (guint i = 0; i < self->status_counts->len; i++)
    {
      StatusCount *status_count = &g_array_index (self->status_counts, StatusCount, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *accessible = NULL;
      guint n = 0;
      char text[16];

      if (self->store != NULL &&
          !ond_store_count_cases_in_status (self->store,
                                            ond_case_status_to_code (status_count->status),
                                            &n, &error))
        _ond_overview_view_report_error (self, "Could not count the cases", error);
      g_snprintf (text, sizeof text, "%u", n);
      gtk_label_set_label (status_count->label, text);
      /* Translators: a count of open cases on the dashboard, e.g. "Nieuw: 2". */
      accessible = g_strdup_printf (_("%s: %u"), ond_case_status_label (status_count->status), n);
      /* The flow box's cell is what a screen reader announces. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (status_count->tile)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
      total += n;
    }

  /* Translators: the description of the open cases on the dashboard. */
  total_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open case in all",
                                            "%u open cases in all", total),
                                total);
  adw_preferences_group_set_description (self->status_group, total_text);
}

static void
load_meetings (OndOverviewView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GObject) last = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  guint n;

  /* The meetings lead to the casusoverleg, which a role on a team server that may not read
   * cases does not have. */
  if (self->store != NULL &&
      !(ond_store_get_access (self->store, NULL) & OND_STORE_ACCESS_READ_CASES))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->meetings_row), FALSE);
      return;
    }
  if (self->store != NULL)
    {
      meetings = ond_store_list_meetings (self->store, &error);
      if (meetings == NULL)
        _ond_overview_view_report_error (self, "Could not read the meetings", error);
    }

  n = count_items (meetings);
  if (n == 0)
    {
      adw_action_row_set_subtitle (self->meetings_row, _("No meetings yet"));
      return;
    }

  last = g_list_model_get_item (meetings, 0);
  date = ond_date_format (ond_meeting_get_date (OND_MEETING (last)));
  /* Translators: %u is a number of meetings, %s the date of the latest, dd-mm-yyyy. */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting, the latest on %s",
                                       "%u meetings, the latest on %s", n),
                          n, date);
  adw_action_row_set_subtitle (self->meetings_row, text);
}

static char *
describe_budget_year (OndBudgetSummary *summary)
{
  gint64 difference = ond_budget_summary_get_funding_difference (summary);
  g_autofree char *amount = ond_money_format (ABS (difference));
  g_autofree char *text = NULL;

  if (difference > 0)
    text = g_strdup_printf (_("%s of the funding is not assigned to a cost item"), amount);
  else if (difference < 0)
    text = g_strdup_printf (_("The cost items exceed the funding by %s"), amount);
  else if (ond_budget_summary_get_has_stated_total (summary) &&
           ond_budget_summary_get_stated_difference (summary) != 0)
    {
      gint64 stated_difference = ond_budget_summary_get_stated_difference (summary);
      g_autofree char *stated = ond_money_format (ABS (stated_difference));

      if (stated_difference > 0)
        text = g_strdup_printf (_("The plan's total is %s more than the cost items"), stated);
      else
        text = g_strdup_printf (_("The plan's total is %s less than the cost items"), stated);
    }
  else
    return NULL;

  /* Translators: a budget warning on the dashboard: a year and what is wrong, e.g.
   * "2023: € 5.000 of the funding is not assigned to a cost item". */
  return g_strdup_printf (_("%d: %s"), ond_budget_summary_get_year (summary), text);
}

static void
load_plan_summary (OndOverviewView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GListModel) themes = NULL;
  g_autoptr(GListModel) partners = NULL;
  g_autoptr(GListModel) interventions = NULL;
  g_autoptr(GListModel) budget = NULL;
  g_autoptr(GString) warnings = g_string_new (NULL);
  g_autofree char *planning_text = NULL;
  g_autofree char *themes_text = NULL;
  g_autofree char *partners_text = NULL;
  g_autofree char *interventions_text = NULL;
  g_autofree char *network_text = NULL;
  g_autofree char *today = NULL;
  g_autofree char *period = NULL;
  gint64 plan_id;
  guint n;

  if (self->store == NULL || self->plan == NULL)
    {
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->period_label, "");
      return;
    }

  plan_id = ond_plan_get_id (self->plan);
  gtk_label_set_label (self->title_label, ond_plan_get_title (self->plan));
  today = ond_date_format (self->today);
  /* Translators: below the plan's title on the dashboard, e.g. "Plan period 2023-2024 ·
   * today 29-11-2026". */
  period = g_strdup_printf (_("Plan period %s · today %s"),
                            ond_plan_get_period_label (self->plan), today);
  gtk_label_set_label (self->period_label, period);

  if ((items = ond_store_list_plan_items (self->store, plan_id, &error)) == NULL ||
      (themes = ond_store_list_themes (self->store, plan_id, &error)) == NULL ||
      (partners = ond_store_list_partners (self->store, &error)) == NULL ||
      (interventions = ond_store_list_interventions (self->store, &error)) == NULL ||
      (budget = ond_budget_summary_list (self->store, plan_id,
                                         ond_plan_get_first_year (self->plan),
                                         ond_plan_get_last_year (self->plan),
                                         &error)) == NULL)
    {
      _ond_overview_view_report_error (self, "Could not read the plan", error);
      return;
    }

  n = count_items (items);
  planning_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u planning item",
                                                "%u planning items", n), n);
  adw_action_row_set_subtitle (self->planning_row, planning_text);

  n = count_items (themes);
  themes_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u theme", "%u themes", n), n);
  adw_action_row_set_subtitle (self->themes_row, themes_text);

  n = count_items (partners);
  partners_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u partner", "%u partners", n),
                                   n);
  n = count_items (interventions);
  interventions_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u intervention",
                                                     "%u interventions", n), n);
  /* Translators: e.g. "27 partners · 47 interventions". */
  network_text = g_strdup_printf (_("%s · %s"), partners_text, interventions_text);
  adw_action_row_set_subtitle (self->partners_row, network_text);

  for (guint i = 0; i < count_items (budget); i++)
    {
      g_autoptr(OndBudgetSummary) summary = g_list_model_get_item (budget, i);
      g_autofree char *warning = describe_budget_year (summary);

      if (warning == NULL)
        continue;
      if (warnings->len > 0)
        g_string_append_c (warnings, '\n');
      g_string_append (warnings, warning);
    }

  gtk_widget_set_visible (self->budget_icon, warnings->len > 0);
  adw_action_row_set_subtitle (self->budget_row,
                               warnings->len > 0
                               ? warnings->str
                               : _("The cost items add up to the funding in every year"));
}

static void
update_today (OndOverviewView *self)
{
  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = g_date_time_new_now_local ();
  g_free (self->today);
  self->today = g_date_time_format (self->now, "%Y-%m-%d");
}

static void
reload (OndOverviewView *self)
{
  update_today (self);
  _ond_overview_view_load_year (self);
  _ond_overview_view_load_due (self);
  load_status_counts (self);
  load_meetings (self);
  load_plan_summary (self);
}

/* Everything is read when the view is shown, and only then: a view that is not shown reads
 * nothing (it gets its store and plan before it is first shown, see ond-window.c). */
static void
on_map_cb (OndOverviewView *self)
{
  reload (self);
}

/* Something was written (an undo from a toast, a headless import): a shown view reads its
 * figures again at once; a hidden one does when it is shown. */
static void
on_store_changed_cb (OndOverviewView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
}

static void
ond_overview_view_dispose (GObject *object)
{
  OndOverviewView *self = OND_OVERVIEW_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_OVERVIEW_VIEW);
  g_clear_pointer (&self->status_counts, g_array_unref);
  g_clear_object (&self->due);
  g_clear_object (&self->figures);
  g_clear_object (&self->overdue);

  G_OBJECT_CLASS (ond_overview_view_parent_class)->dispose (object);
}

static void
ond_overview_view_finalize (GObject *object)
{
  OndOverviewView *self = OND_OVERVIEW_VIEW (object);

  g_clear_object (&self->plan);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_clear_object (&self->store);
  g_free (self->today);
  g_clear_pointer (&self->now, g_date_time_unref);

  G_OBJECT_CLASS (ond_overview_view_parent_class)->finalize (object);
}

static void
ond_overview_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OndOverviewView *self = OND_OVERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_overview_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OndOverviewView *self = OND_OVERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ond_overview_view_set_store (self, g_value_get_object (value));
      break;

    case PROP_PLAN:
      ond_overview_view_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_overview_view_class_init (OndOverviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_overview_view_dispose;
  object_class->finalize = ond_overview_view_finalize;
  object_class->get_property = ond_overview_view_get_property;
  object_class->set_property = ond_overview_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         OND_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-overview-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, title_label);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, period_label);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, figures_group);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, figures_chart);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, figures_chart_card);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, figures_list);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, due_group);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, due_stack);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, due_list);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, due_more_list);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, due_more_row);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, status_group);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, status_box);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, progress_group);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, overdue_row);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, overdue_icon);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, overdue_list);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, spent_row);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, spent_bar);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, meetings_row);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, planning_row);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, budget_row);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, budget_icon);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, themes_row);
  gtk_widget_class_bind_template_child (widget_class, OndOverviewView, partners_row);

  g_type_ensure (OND_TYPE_CHART_VIEW);
}

static void
ond_overview_view_init (OndOverviewView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->status_counts = g_array_new (FALSE, FALSE, sizeof (StatusCount));
  create_status_tiles (self);
  _ond_overview_view_init_year (self);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  reload (self);
}

GtkWidget *
ond_overview_view_new (void)
{
  return g_object_new (OND_TYPE_OVERVIEW_VIEW, NULL);
}

/**
 * ond_overview_view_get_store:
 * @self: an #OndOverviewView
 *
 * Returns: (transfer none) (nullable): the store the view reads
 */
OndStore *
ond_overview_view_get_store (OndOverviewView *self)
{
  g_return_val_if_fail (OND_IS_OVERVIEW_VIEW (self), NULL);

  return self->store;
}

void
ond_overview_view_set_store (OndOverviewView *self,
                             OndStore        *store)
{
  g_return_if_fail (OND_IS_OVERVIEW_VIEW (self));
  g_return_if_fail (store == NULL || OND_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  /* A hidden view reads when it is shown (on_map_cb). */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ond_overview_view_get_plan:
 * @self: an #OndOverviewView
 *
 * Returns: (transfer none) (nullable): the plan shown
 */
OndPlan *
ond_overview_view_get_plan (OndOverviewView *self)
{
  g_return_val_if_fail (OND_IS_OVERVIEW_VIEW (self), NULL);

  return self->plan;
}

void
ond_overview_view_set_plan (OndOverviewView *self,
                            OndPlan         *plan)
{
  g_return_if_fail (OND_IS_OVERVIEW_VIEW (self));
  g_return_if_fail (plan == NULL || OND_IS_PLAN (plan));

  if (!g_set_object (&self->plan, plan))
    return;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    load_plan_summary (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * ond_overview_view_get_due:
 * @self: an #OndOverviewView
 *
 * Returns: (transfer none) (nullable): the follow-ups due that are shown (#OndCase): the
 *   first %OND_OVERVIEW_DUE_SHOWN by date
 */
GListModel *
ond_overview_view_get_due (OndOverviewView *self)
{
  g_return_val_if_fail (OND_IS_OVERVIEW_VIEW (self), NULL);

  return self->due;
}

/**
 * ond_overview_view_reload:
 * @self: an #OndOverviewView
 *
 * Reads everything the view shows from the store again.
 */
void
ond_overview_view_reload (OndOverviewView *self)
{
  g_return_if_fail (OND_IS_OVERVIEW_VIEW (self));

  reload (self);
}

/**
 * ond_overview_view_get_n_due:
 * @self: an #OndOverviewView
 *
 * Returns: how many follow-ups are due in all, of which ond_overview_view_get_due() holds
 *   the first few
 */
guint
ond_overview_view_get_n_due (OndOverviewView *self)
{
  g_return_val_if_fail (OND_IS_OVERVIEW_VIEW (self), 0);

  return self->n_due;
}
