/* ond-budget-edit-page.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The budget page: its reading of the store (again when shown, and when the store changes
 * while shown), the selected line, and the original amount of a line: the budget without
 * the changes of that year, which are never written over it. The columns of its tables are
 * in ond-budget-edit-columns.c, the actions (the dialogs, deleting, exporting a table) in
 * ond-budget-edit-page-actions.c. */

#define G_LOG_DOMAIN "ond-budget-edit-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-budget-change.h"
#include "ond-budget-edit-page-private.h"
#include "ond-form-field.h"
#include "ond-list-export.h"
#include "ond-store-budget.h"

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndBudgetEditPage, ond_budget_edit_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static gint64
change_key (gint64 line_id,
            int    year)
{
  return line_id * 10000 + year;
}

void
_ond_budget_edit_page_report_error (OndBudgetEditPage *self,
                                    const GError      *error)
{
  g_message ("The budget was not changed: %s", error->message);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
}

GtkWindow *
_ond_budget_edit_page_get_window (OndBudgetEditPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
sum_changes (OndBudgetEditPage *self)
{
  g_hash_table_remove_all (self->change_sums);
  for (guint i = 0; self->changes != NULL && i < g_list_model_get_n_items (self->changes); i++)
    {
      g_autoptr(OndBudgetChange) change = g_list_model_get_item (self->changes, i);
      gint64 key = change_key (ond_budget_change_get_line_id (change),
                               ond_budget_change_get_year (change));
      gint64 *sum = g_hash_table_lookup (self->change_sums, &key);

      if (sum == NULL)
        {
          gint64 *new_key = g_new (gint64, 1);

          *new_key = key;
          sum = g_new0 (gint64, 1);
          g_hash_table_insert (self->change_sums, new_key, sum);
        }
      *sum += ond_budget_change_get_amount (change);
    }
}

static void
reload (OndBudgetEditPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(GListModel) changes = NULL;
  OndBudgetLine *selected = ond_budget_edit_page_get_selected (self);
  gint64 selected_id = selected != NULL ? ond_budget_line_get_id (selected) : 0;

  if (self->store != NULL && self->plan != NULL)
    {
      gint64 plan_id = ond_plan_get_id (self->plan);

      lines = ond_store_list_budget_lines (self->store, plan_id, &error);
      if (lines != NULL)
        changes = ond_store_list_budget_changes (self->store, plan_id, 0, &error);
      if (error != NULL)
        {
          g_warning ("Could not read the budget: %s", error->message);
          gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s",
                                      error->message);
          g_clear_object (&lines);
        }
    }

  g_set_object (&self->lines, lines);
  g_set_object (&self->changes, changes);
  sum_changes (self);
  gtk_single_selection_set_model (self->lines_selection, lines);
  gtk_single_selection_set_selected (self->lines_selection, GTK_INVALID_LIST_POSITION);
  if (selected_id != 0)
    ond_budget_edit_page_select_line (self, selected_id);
  gtk_no_selection_set_model (self->changes_selection, changes);
  gtk_stack_set_visible_child_name (self->changes_stack,
                                    changes != NULL && g_list_model_get_n_items (changes) > 0
                                    ? "list" : "none");
  ond_funding_group_reload (self->funding_group);
  _ond_budget_edit_page_update_actions (self);
}

static void
on_selection_changed_cb (OndBudgetEditPage *self)
{
  _ond_budget_edit_page_update_actions (self);
}

static void
on_line_activated_cb (OndBudgetEditPage *self,
                      guint              position)
{
  gtk_single_selection_set_selected (self->lines_selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "budget.edit-line", NULL);
}

static void
on_map_cb (OndBudgetEditPage *self)
{
  reload (self);
}

static void
on_store_changed_cb (OndBudgetEditPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
}

static void
ond_budget_edit_page_dispose (GObject *object)
{
  OndBudgetEditPage *self = OND_BUDGET_EDIT_PAGE (object);

  _ond_budget_edit_page_forget_deleted (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_BUDGET_EDIT_PAGE);
  g_clear_pointer (&self->year_columns, g_ptr_array_unref);
  g_clear_object (&self->lines);
  g_clear_object (&self->changes);

  G_OBJECT_CLASS (ond_budget_edit_page_parent_class)->dispose (object);
}

static void
ond_budget_edit_page_finalize (GObject *object)
{
  OndBudgetEditPage *self = OND_BUDGET_EDIT_PAGE (object);

  g_clear_pointer (&self->change_sums, g_hash_table_unref);
  g_clear_object (&self->plan);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_budget_edit_page_parent_class)->finalize (object);
}

static void
ond_budget_edit_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  OndBudgetEditPage *self = OND_BUDGET_EDIT_PAGE (object);

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
ond_budget_edit_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  OndBudgetEditPage *self = OND_BUDGET_EDIT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ond_budget_edit_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_PLAN:
      ond_budget_edit_page_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_budget_edit_page_class_init (OndBudgetEditPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_budget_edit_page_dispose;
  object_class->finalize = ond_budget_edit_page_finalize;
  object_class->get_property = ond_budget_edit_page_get_property;
  object_class->set_property = ond_budget_edit_page_set_property;

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
                                               RESOURCE_BASE "/ui/ond-budget-edit-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OndBudgetEditPage, add_line_button);
  gtk_widget_class_bind_template_child (widget_class, OndBudgetEditPage, edit_line_button);
  gtk_widget_class_bind_template_child (widget_class, OndBudgetEditPage, delete_line_button);
  gtk_widget_class_bind_template_child (widget_class, OndBudgetEditPage, change_budget_button);
  gtk_widget_class_bind_template_child (widget_class, OndBudgetEditPage, lines_view);
  gtk_widget_class_bind_template_child (widget_class, OndBudgetEditPage, lines_selection);
  gtk_widget_class_bind_template_child (widget_class, OndBudgetEditPage, changes_stack);
  gtk_widget_class_bind_template_child (widget_class, OndBudgetEditPage, changes_view);
  gtk_widget_class_bind_template_child (widget_class, OndBudgetEditPage, changes_selection);
  gtk_widget_class_bind_template_child (widget_class, OndBudgetEditPage, funding_group);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_line_activated_cb);

  _ond_budget_edit_page_class_actions_init (klass);

  g_type_ensure (OND_TYPE_FUNDING_GROUP);
  g_type_ensure (OND_TYPE_PLAN);
}

/* The plan, for the line below the title of an exported table. */
static char *
describe_plan (gpointer user_data)
{
  OndBudgetEditPage *self = user_data;

  return self->plan != NULL ? g_strdup (ond_plan_get_title (self->plan)) : NULL;
}

static void
ond_budget_edit_page_init (OndBudgetEditPage *self)
{
  self->year_columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->change_sums = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  ond_form_set_button_label (self->add_line_button, _("_Add Cost Line…"));
  ond_form_set_button_label (self->edit_line_button, _("_Edit…"));
  ond_form_set_button_label (self->delete_line_button, _("_Delete"));
  ond_form_set_button_label (self->change_budget_button, _("_Change Budget…"));
  _ond_budget_edit_page_init_columns (self);
  ond_list_export_setup (self->lines_view, GTK_WIDGET (self), "budget-lines.export-list",
                         _("Cost Lines"), "begrotingsregels", describe_plan, self);
  ond_list_export_setup (self->changes_view, GTK_WIDGET (self), "budget-changes.export-list",
                         _("Budget Changes"), "begrotingswijzigingen", describe_plan, self);

  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  _ond_budget_edit_page_update_actions (self);
}

GtkWidget *
ond_budget_edit_page_new (void)
{
  return g_object_new (OND_TYPE_BUDGET_EDIT_PAGE, NULL);
}

OndStore *
ond_budget_edit_page_get_store (OndBudgetEditPage *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_EDIT_PAGE (self), NULL);

  return self->store;
}

void
ond_budget_edit_page_set_store (OndBudgetEditPage *self,
                                OndStore          *store)
{
  g_return_if_fail (OND_IS_BUDGET_EDIT_PAGE (self));
  g_return_if_fail (store == NULL || OND_IS_STORE (store));

  if (self->store == store)
    return;

  _ond_budget_edit_page_forget_deleted (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

OndPlan *
ond_budget_edit_page_get_plan (OndBudgetEditPage *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_EDIT_PAGE (self), NULL);

  return self->plan;
}

void
ond_budget_edit_page_set_plan (OndBudgetEditPage *self,
                               OndPlan           *plan)
{
  g_return_if_fail (OND_IS_BUDGET_EDIT_PAGE (self));
  g_return_if_fail (plan == NULL || OND_IS_PLAN (plan));

  if (!g_set_object (&self->plan, plan))
    return;

  /* A line deleted from another plan is not put back into this one. */
  _ond_budget_edit_page_forget_deleted (self);
  _ond_budget_edit_page_update_year_columns (self);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * ond_budget_edit_page_get_lines:
 * @self: an #OndBudgetEditPage
 *
 * Returns: (transfer none) (nullable): the cost lines shown (#OndBudgetLine)
 */
GListModel *
ond_budget_edit_page_get_lines (OndBudgetEditPage *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_EDIT_PAGE (self), NULL);

  return self->lines;
}

/**
 * ond_budget_edit_page_get_changes:
 * @self: an #OndBudgetEditPage
 *
 * Returns: (transfer none) (nullable): the budget changes shown (#OndBudgetChange)
 */
GListModel *
ond_budget_edit_page_get_changes (OndBudgetEditPage *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_EDIT_PAGE (self), NULL);

  return self->changes;
}

/**
 * ond_budget_edit_page_get_selected:
 * @self: an #OndBudgetEditPage
 *
 * Returns: (transfer none) (nullable): the cost line selected
 */
OndBudgetLine *
ond_budget_edit_page_get_selected (OndBudgetEditPage *self)
{
  gpointer item;

  g_return_val_if_fail (OND_IS_BUDGET_EDIT_PAGE (self), NULL);

  item = gtk_single_selection_get_selected_item (self->lines_selection);
  return OND_IS_BUDGET_LINE (item) ? item : NULL;
}

gboolean
ond_budget_edit_page_select_line (OndBudgetEditPage *self,
                                  gint64             line_id)
{
  g_return_val_if_fail (OND_IS_BUDGET_EDIT_PAGE (self), FALSE);

  for (guint i = 0; self->lines != NULL && i < g_list_model_get_n_items (self->lines); i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (self->lines, i);

      if (ond_budget_line_get_id (line) == line_id)
        {
          gtk_single_selection_set_selected (self->lines_selection, i);
          return TRUE;
        }
    }
  return FALSE;
}

gint64
ond_budget_edit_page_get_original (OndBudgetEditPage *self,
                                   OndBudgetLine     *line,
                                   int                year)
{
  gint64 key;
  gint64 *sum;

  g_return_val_if_fail (OND_IS_BUDGET_EDIT_PAGE (self), 0);
  g_return_val_if_fail (OND_IS_BUDGET_LINE (line), 0);

  key = change_key (ond_budget_line_get_id (line), year);
  sum = g_hash_table_lookup (self->change_sums, &key);
  return ond_budget_line_get_amount (line, year) - (sum != NULL ? *sum : 0);
}

void
ond_budget_edit_page_reload (OndBudgetEditPage *self)
{
  g_return_if_fail (OND_IS_BUDGET_EDIT_PAGE (self));

  reload (self);
}
