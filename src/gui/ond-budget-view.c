/* ond-budget-view.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The budget of the plan in three tables: the totals per year (added up in core by
 * OndBudgetSummary, with any difference against the funding or the plan's own total shown
 * in words), the budget lines with one column per year of the plan, and the funding. The
 * year columns depend on the plan and are made here; everything else is in the template. */

#define G_LOG_DOMAIN "ond-budget-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-budget-line.h"
#include "ond-budget-summary.h"
#include "ond-budget-view.h"
#include "ond-funding.h"
#include "ond-money.h"

struct _OndBudgetView
{
  AdwBin            parent_instance;

  GtkListBox       *notices_list;
  GtkColumnView    *lines_view;
  GtkListBox       *funding_list;
  GtkNoSelection   *summary_selection;
  GtkNoSelection   *lines_selection;
  GtkSortListModel *funding;
  GListModel       *unbalanced_years;

  /* The columns made for the years of the plan, to take out when the plan changes. */
  GPtrArray        *year_columns;

  OndStore         *store;
  OndPlan          *plan;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndBudgetView, ond_budget_view, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static char *
format_money (gpointer unused,
              gint64   cents)
{
  return ond_money_format (cents);
}

static char *
format_stated_total (gpointer unused,
                     gboolean has_stated_total,
                     gint64   cents)
{
  if (!has_stated_total)
    /* Translators: shown where the plan states no total for a year. */
    return g_strdup (_("not stated"));
  return ond_money_format (cents);
}

static char *
describe_title (gpointer    unused,
                const char *period_label)
{
  if (period_label == NULL)
    return g_strdup (_("Budget"));
  /* Translators: the heading of the budget section, e.g. "Budget 2023-2024". */
  return g_strdup_printf (_("Budget %s"), period_label);
}

/* The difference between the cost items and the money available, in words, so that a
 * year that does not add up cannot be missed. */
static char *
describe_difference (gpointer unused,
                     gint64   funding_difference,
                     gboolean has_stated_total,
                     gint64   stated_difference)
{
  g_autofree char *funding_amount = ond_money_format (ABS (funding_difference));
  g_autofree char *stated_amount = ond_money_format (ABS (stated_difference));
  g_autofree char *funding_text = NULL;
  g_autofree char *stated_text = NULL;

  if (funding_difference > 0)
    /* Translators: %s is an amount, e.g. "€ 5.000 of the funding is not assigned to a cost
     * item". */
    funding_text = g_strdup_printf (_("%s of the funding is not assigned to a cost item"),
                                    funding_amount);
  else if (funding_difference < 0)
    /* Translators: %s is an amount. */
    funding_text = g_strdup_printf (_("The cost items exceed the funding by %s"),
                                    funding_amount);

  if (has_stated_total && stated_difference != 0 && stated_difference != funding_difference)
    {
      if (stated_difference > 0)
        /* Translators: %s is an amount. */
        stated_text = g_strdup_printf (_("The plan's total is %s more than the cost items"),
                                       stated_amount);
      else
        /* Translators: %s is an amount. */
        stated_text = g_strdup_printf (_("The plan's total is %s less than the cost items"),
                                       stated_amount);
    }

  if (funding_text != NULL && stated_text != NULL)
    return g_strdup_printf ("%s\n%s", funding_text, stated_text);
  if (funding_text != NULL)
    return g_steal_pointer (&funding_text);
  if (stated_text != NULL)
    return g_steal_pointer (&stated_text);
  return g_strdup (_("Balanced: the cost items add up to the funding"));
}

static char *
difference_icon (gpointer unused,
                 gboolean balanced)
{
  return g_strdup (balanced ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
}

static GStrv
difference_classes (gpointer unused,
                    gboolean balanced)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_strv_builder_add (builder, balanced ? "success" : "warning");
  if (!balanced)
    g_strv_builder_add (builder, "heading");
  return g_strv_builder_end (builder);
}

static void
update_notices (OndBudgetView *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->notices_list),
                          g_list_model_get_n_items (self->unbalanced_years) > 0);
}

/* A year that does not add up, said in words below the totals. */
static GtkWidget *
create_notice_row (gpointer item,
                   gpointer user_data)
{
  OndBudgetSummary *summary = item;
  g_autofree char *text = NULL;
  g_autofree char *year = NULL;
  GtkWidget *row;
  GtkWidget *icon;

  text = describe_difference (NULL,
                              ond_budget_summary_get_funding_difference (summary),
                              ond_budget_summary_get_has_stated_total (summary),
                              ond_budget_summary_get_stated_difference (summary));
  /* Translators: the subtitle of a budget warning, e.g. "Year 2023". */
  year = g_strdup_printf (_("Year %d"), ond_budget_summary_get_year (summary));

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "use-markup", FALSE,
                      "title", text,
                      "title-lines", 0,
                      "subtitle", year,
                      "activatable", FALSE,
                      "selectable", FALSE,
                      NULL);
  icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (icon, "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning"),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

static void
report_error (OndBudgetView *self,
              const GError  *error)
{
  g_warning ("Could not read the budget: %s", error->message);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
}

static void
setup_amount_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
  gtk_label_set_yalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

/* A cell of a year column: the amount of the line for that year (the user data). */
static void
bind_amount_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  OndBudgetLine *line = gtk_list_item_get_item (list_item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (list_item));
  int year = GPOINTER_TO_INT (user_data);
  g_autofree char *text = NULL;

  if (ond_budget_line_has_amount (line, year))
    text = ond_money_format (ond_budget_line_get_amount (line, year));
  else
    /* Translators: a budget line without an amount for a year. */
    text = g_strdup (C_("amount", "—"));

  gtk_label_set_label (label, text);
}

/* The lines a funding may pay for, by name, one per line; none listed means any line. */
static char *
describe_pays_for (OndBudgetView *self,
                   OndFunding    *funding)
{
  GListModel *lines = gtk_no_selection_get_model (self->lines_selection);
  g_autoptr(GString) names = g_string_new (NULL);
  const gint64 *ids;
  guint n_ids = 0;
  guint n_lines;

  ids = ond_funding_get_line_ids (funding, &n_ids);
  if (n_ids == 0)
    return g_strdup (_("May pay for any cost item"));

  n_lines = lines != NULL ? g_list_model_get_n_items (lines) : 0;
  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (lines, i);

      for (guint j = 0; j < n_ids; j++)
        {
          if (ids[j] != ond_budget_line_get_id (line))
            continue;
          g_string_append_printf (names, "\n• %s", ond_budget_line_get_name (line));
        }
    }

  /* Translators: followed by the budget lines a funding may pay for, one per line. */
  return g_strdup_printf ("%s%s", _("May pay for:"), names->str);
}

/* One funding: its source and year, what it is earmarked for and may pay for, its amount. */
static GtkWidget *
create_funding_row (gpointer item,
                    gpointer user_data)
{
  OndBudgetView *self = user_data;
  OndFunding *funding = item;
  g_autofree char *pays_for = describe_pays_for (self, funding);
  g_autofree char *subtitle = NULL;
  g_autofree char *amount = ond_money_format (ond_funding_get_amount (funding));
  g_autofree char *year = g_strdup_printf ("%d", ond_funding_get_year (funding));
  const char *earmark = ond_funding_get_earmark (funding);
  GtkWidget *row;
  GtkWidget *label;

  if (earmark != NULL && earmark[0] != '\0')
    subtitle = g_strdup_printf ("%s\n%s", earmark, pays_for);
  else
    subtitle = g_strdup (pays_for);

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "use-markup", FALSE,
                      "title", ond_funding_get_source_label (funding),
                      "title-lines", 0,
                      "subtitle", subtitle,
                      "subtitle-lines", 0,
                      "activatable", FALSE,
                      "selectable", FALSE,
                      NULL);

  label = g_object_new (GTK_TYPE_LABEL,
                        "label", year,
                        "valign", GTK_ALIGN_CENTER,
                        "css-classes", (const char * const []) { "heading", "numeric", NULL },
                        NULL);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), label);

  label = g_object_new (GTK_TYPE_LABEL,
                        "label", amount,
                        "valign", GTK_ALIGN_CENTER,
                        "xalign", 1.0f,
                        "css-classes", (const char * const []) { "numeric", NULL },
                        NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  return row;
}

/* One column of amounts per year of the plan. */
static void
update_year_columns (OndBudgetView *self)
{
  for (guint i = 0; i < self->year_columns->len; i++)
    gtk_column_view_remove_column (self->lines_view, g_ptr_array_index (self->year_columns, i));
  g_ptr_array_set_size (self->year_columns, 0);

  if (self->plan == NULL)
    return;

  for (int year = ond_plan_get_first_year (self->plan);
       year <= ond_plan_get_last_year (self->plan);
       year++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autofree char *title = g_strdup_printf ("%d", year);

      g_signal_connect (factory, "setup", G_CALLBACK (setup_amount_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_amount_cb), GINT_TO_POINTER (year));
      column = gtk_column_view_column_new (title, g_object_ref (factory));
      gtk_column_view_column_set_fixed_width (column, 120);
      gtk_column_view_append_column (self->lines_view, column);
      g_ptr_array_add (self->year_columns, g_object_ref (column));
    }
}

static void
reload (OndBudgetView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) summaries = NULL;
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(GListModel) funding = NULL;

  if (self->store != NULL && self->plan != NULL)
    {
      gint64 plan_id = ond_plan_get_id (self->plan);

      summaries = ond_budget_summary_list (self->store, plan_id,
                                           ond_plan_get_first_year (self->plan),
                                           ond_plan_get_last_year (self->plan),
                                           &error);
      if (summaries != NULL)
        lines = ond_store_list_budget_lines (self->store, plan_id, &error);
      if (lines != NULL)
        funding = ond_store_list_funding (self->store, plan_id, &error);
      if (error != NULL)
        {
          report_error (self, error);
          g_clear_object (&summaries);
          g_clear_object (&lines);
        }
    }

  update_year_columns (self);
  gtk_no_selection_set_model (self->summary_selection, summaries);
  gtk_no_selection_set_model (self->lines_selection, lines);
  gtk_sort_list_model_set_model (self->funding, funding);
}

static void
ond_budget_view_dispose (GObject *object)
{
  OndBudgetView *self = OND_BUDGET_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_BUDGET_VIEW);
  g_clear_pointer (&self->year_columns, g_ptr_array_unref);

  G_OBJECT_CLASS (ond_budget_view_parent_class)->dispose (object);
}

/* The objects the template looks properties up on go last, after the template's bindings
 * are gone. */
static void
ond_budget_view_finalize (GObject *object)
{
  OndBudgetView *self = OND_BUDGET_VIEW (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_budget_view_parent_class)->finalize (object);
}

static void
ond_budget_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OndBudgetView *self = OND_BUDGET_VIEW (object);

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
ond_budget_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OndBudgetView *self = OND_BUDGET_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ond_budget_view_set_store (self, g_value_get_object (value));
      break;

    case PROP_PLAN:
      ond_budget_view_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_budget_view_class_init (OndBudgetViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_budget_view_dispose;
  object_class->finalize = ond_budget_view_finalize;
  object_class->get_property = ond_budget_view_get_property;
  object_class->set_property = ond_budget_view_set_property;

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
                                               RESOURCE_BASE "/ui/ond-budget-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OndBudgetView, notices_list);
  gtk_widget_class_bind_template_child (widget_class, OndBudgetView, lines_view);
  gtk_widget_class_bind_template_child (widget_class, OndBudgetView, funding_list);
  gtk_widget_class_bind_template_child (widget_class, OndBudgetView, summary_selection);
  gtk_widget_class_bind_template_child (widget_class, OndBudgetView, lines_selection);
  gtk_widget_class_bind_template_child (widget_class, OndBudgetView, funding);
  gtk_widget_class_bind_template_child (widget_class, OndBudgetView, unbalanced_years);
  gtk_widget_class_bind_template_callback (widget_class, format_money);
  gtk_widget_class_bind_template_callback (widget_class, format_stated_total);
  gtk_widget_class_bind_template_callback (widget_class, describe_title);
  gtk_widget_class_bind_template_callback (widget_class, describe_difference);
  gtk_widget_class_bind_template_callback (widget_class, difference_icon);
  gtk_widget_class_bind_template_callback (widget_class, difference_classes);

  g_type_ensure (OND_TYPE_BUDGET_LINE);
  g_type_ensure (OND_TYPE_BUDGET_SUMMARY);
  g_type_ensure (OND_TYPE_FUNDING);
  g_type_ensure (OND_TYPE_PLAN);
}

static void
ond_budget_view_init (OndBudgetView *self)
{
  self->year_columns = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_bind_model (self->notices_list, self->unbalanced_years,
                           create_notice_row, NULL, NULL);
  g_signal_connect_object (self->unbalanced_years, "items-changed",
                           G_CALLBACK (update_notices), self, G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (self->funding_list, G_LIST_MODEL (self->funding),
                           create_funding_row, self, NULL);
}

GtkWidget *
ond_budget_view_new (void)
{
  return g_object_new (OND_TYPE_BUDGET_VIEW, NULL);
}

/**
 * ond_budget_view_get_store:
 * @self: an #OndBudgetView
 *
 * Returns: (transfer none) (nullable): the store the view reads
 */
OndStore *
ond_budget_view_get_store (OndBudgetView *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_VIEW (self), NULL);

  return self->store;
}

void
ond_budget_view_set_store (OndBudgetView *self,
                           OndStore      *store)
{
  g_return_if_fail (OND_IS_BUDGET_VIEW (self));
  g_return_if_fail (store == NULL || OND_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ond_budget_view_get_plan:
 * @self: an #OndBudgetView
 *
 * Returns: (transfer none) (nullable): the plan shown
 */
OndPlan *
ond_budget_view_get_plan (OndBudgetView *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_VIEW (self), NULL);

  return self->plan;
}

void
ond_budget_view_set_plan (OndBudgetView *self,
                          OndPlan       *plan)
{
  g_return_if_fail (OND_IS_BUDGET_VIEW (self));
  g_return_if_fail (plan == NULL || OND_IS_PLAN (plan));

  if (!g_set_object (&self->plan, plan))
    return;

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}
