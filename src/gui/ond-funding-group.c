/* ond-funding-group.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The funding of the plan: a row per funding (its year and source, earmark, the lines it
 * may pay for by name, its amount) with buttons to change and delete it, and a button to
 * add one. The actions funding.add, funding.edit (x: the funding's id) and funding.delete
 * (x) write through the store and are off on a read-only file. Funding is deleted once the
 * user confirms (ond-delete-undo.c), and the toast's Undo puts it back as it was
 * (ond_store_restore_funding: its id, year, source, amount, earmark and lines). Only the
 * last deletion can be undone. */

#define G_LOG_DOMAIN "ond-funding-group"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-budget-line.h"
#include "ond-delete-undo.h"
#include "ond-form-field.h"
#include "ond-funding-dialog.h"
#include "ond-funding-group.h"
#include "ond-funding.h"
#include "ond-money.h"
#include "ond-store-budget.h"

struct _OndFundingGroup
{
  AdwBin      parent_instance;

  GtkButton  *add_button;
  GtkListBox *funding_list;

  OndStore   *store;
  OndPlan    *plan;
  GListStore *funding;
  GListModel *lines;

  /* Undo of the last deletion: the funding as it was. */
  AdwToast   *undo_toast;
  OndFunding *deleted;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndFundingGroup, ond_funding_group, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static gboolean
is_writable (OndFundingGroup *self)
{
  return self->store != NULL && self->plan != NULL && !ond_store_is_read_only (self->store);
}

static GtkWindow *
get_window (OndFundingGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
report_error (OndFundingGroup *self,
              const GError    *error)
{
  g_message ("The funding was not changed: %s", error->message);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
}

static OndFunding *
find_funding (OndFundingGroup *self,
              gint64           id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->funding)); i++)
    {
      g_autoptr(OndFunding) funding = g_list_model_get_item (G_LIST_MODEL (self->funding), i);

      if (ond_funding_get_id (funding) == id)
        return g_steal_pointer (&funding);
    }
  return NULL;
}

/* The funding's year and source, its row's title. */
static char *
dup_title (OndFunding *funding)
{
  /* Translators: a funding's year and source, e.g. "2023 · RIEC-bijdrage". */
  return g_strdup_printf (_("%d · %s"), ond_funding_get_year (funding),
                          ond_funding_get_source_label (funding));
}

/* The lines a funding may pay for, by name; none listed means any line. */
static char *
describe_pays_for (OndFundingGroup *self,
                   OndFunding      *funding)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n_ids = 0;

  ond_funding_get_line_ids (funding, &n_ids);
  if (n_ids == 0)
    return g_strdup (_("May pay for any cost line"));

  for (guint i = 0; self->lines != NULL && i < g_list_model_get_n_items (self->lines); i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (self->lines, i);

      if (ond_funding_may_pay_for (funding, ond_budget_line_get_id (line)))
        g_string_append_printf (names, "\n• %s", ond_budget_line_get_name (line));
    }
  /* Translators: followed by the cost lines a funding may pay for, one per line. */
  return g_strdup_printf ("%s%s", _("May pay for:"), names->str);
}

static GtkWidget *
new_icon_button (const char *icon_name,
                 const char *tooltip,
                 const char *accessible_name,
                 const char *action,
                 gint64      id)
{
  GtkWidget *button = g_object_new (GTK_TYPE_BUTTON,
                                    "icon-name", icon_name,
                                    "tooltip-text", tooltip,
                                    "valign", GTK_ALIGN_CENTER,
                                    "action-name", action,
                                    "action-target", g_variant_new_int64 (id),
                                    NULL);

  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name,
                                  -1);
  return button;
}

static GtkWidget *
create_funding_row (gpointer item,
                    gpointer user_data)
{
  OndFundingGroup *self = user_data;
  OndFunding *funding = item;
  g_autofree char *pays_for = describe_pays_for (self, funding);
  g_autofree char *amount = ond_money_format (ond_funding_get_amount (funding));
  g_autofree char *title = dup_title (funding);
  g_autofree char *subtitle = NULL;
  g_autofree char *edit_name = NULL;
  g_autofree char *delete_name = NULL;
  const char *earmark = ond_funding_get_earmark (funding);
  gint64 id = ond_funding_get_id (funding);
  GtkWidget *row;

  if (earmark != NULL && earmark[0] != '\0')
    subtitle = g_strdup_printf ("%s\n%s", earmark, pays_for);
  else
    subtitle = g_strdup (pays_for);

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "use-markup", FALSE,
                      "title", title,
                      "subtitle", subtitle,
                      "subtitle-lines", 0,
                      "activatable", FALSE,
                      "selectable", FALSE,
                      NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             g_object_new (GTK_TYPE_LABEL,
                                           "label", amount,
                                           "valign", GTK_ALIGN_CENTER,
                                           "xalign", 1.0f,
                                           "css-classes",
                                           (const char * const []) { "numeric", NULL },
                                           NULL));
  /* Translators: the accessible name of a funding's edit button, e.g. "Edit the funding
   * 2023 · RIEC-bijdrage". */
  edit_name = g_strdup_printf (_("Edit the funding %s"), title);
  /* Translators: the accessible name of a funding's delete button. */
  delete_name = g_strdup_printf (_("Delete the funding %s"), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_icon_button ("document-edit-symbolic", _("Edit Funding…"),
                                              edit_name, "funding.edit", id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_icon_button ("user-trash-symbolic", _("Delete Funding"),
                                              delete_name, "funding.delete", id));
  return row;
}

static void
update_actions (OndFundingGroup *self)
{
  gboolean writable = is_writable (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "funding.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "funding.edit", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "funding.delete", writable);
}

static void
open_dialog (OndFundingGroup *self,
             OndFunding      *funding)
{
  OndFundingDialog *dialog;

  if (!is_writable (self))
    return;

  dialog = ond_funding_dialog_new (get_window (self), self->store, self->plan, funding);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (ond_funding_group_reload), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  open_dialog (OND_FUNDING_GROUP (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  OndFundingGroup *self = OND_FUNDING_GROUP (widget);
  g_autoptr(OndFunding) funding = find_funding (self, g_variant_get_int64 (param));

  if (funding != NULL)
    open_dialog (self, funding);
}

/* Deleting, with undo. */

static void
add_toast (OndFundingGroup *self,
           AdwToast        *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay == NULL)
    {
      g_object_unref (toast);
      return;
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
forget_deleted (OndFundingGroup *self)
{
  ond_delete_undo_forget (self, &self->undo_toast, (GObject **) &self->deleted);
}

/* Puts the funding back as it was: its id, year, source, amount, earmark and lines. */
static void
on_undo_clicked_cb (OndFundingGroup *self,
                    AdwToast        *toast)
{
  g_autoptr(OndFunding) funding = g_steal_pointer (&self->deleted);
  g_autoptr(GError) error = NULL;

  if (funding == NULL || !is_writable (self))
    return;

  if (ond_store_restore_funding (self->store, ond_plan_get_id (self->plan), funding,
                                 &error) == 0)
    report_error (self, error);
  ond_funding_group_reload (self);
}

static void
on_undo_dismissed_cb (OndFundingGroup *self,
                      AdwToast        *toast)
{
  ond_delete_undo_dropped (toast, &self->undo_toast, (GObject **) &self->deleted);
}

static void
delete_funding (gpointer owner,
                gpointer item)
{
  OndFundingGroup *self = owner;
  gint64 id = ond_funding_get_id (item);
  g_autoptr(OndFunding) funding = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *what = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!is_writable (self))
    return;

  /* The funding as the group read it last, for Undo: the question may have been open
   * while another window changed it. */
  funding = find_funding (self, id);
  if (funding == NULL)
    funding = g_object_ref (item);

  if (!ond_store_delete_funding (self->store, id, &error))
    {
      /* Gone already: nothing was deleted, so nothing to undo. */
      report_error (self, error);
      ond_funding_group_reload (self);
      return;
    }

  ond_delete_undo_keep (self, &self->undo_toast, (GObject **) &self->deleted, funding);
  ond_funding_group_reload (self);

  what = dup_title (funding);
  /* Translators: a toast after funding was deleted, e.g. "Funding “2023 · RIEC-bijdrage”
   * deleted". */
  title = g_markup_printf_escaped (_("Funding “%s” deleted"), what);
  toast = adw_toast_new (title);
  ond_delete_undo_offer (toast, self, G_CALLBACK (on_undo_clicked_cb),
                         G_CALLBACK (on_undo_dismissed_cb), &self->undo_toast);
  add_toast (self, toast);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  OndFundingGroup *self = OND_FUNDING_GROUP (widget);
  g_autoptr(OndFunding) funding = find_funding (self, g_variant_get_int64 (param));
  g_autofree char *body = NULL;
  g_autofree char *amount = NULL;

  if (funding == NULL || !is_writable (self))
    return;

  amount = ond_money_format (ond_funding_get_amount (funding));
  /* Translators: the question before a funding is deleted, e.g. "The RIEC-bijdrage of
   * € 65.000 for 2023 is taken out of the budget." */
  body = g_strdup_printf (_("The %s of %s for %d is taken out of the budget."),
                          ond_funding_get_source_label (funding), amount,
                          ond_funding_get_year (funding));
  ond_delete_confirm (get_window (self), _("Delete Funding?"), body, self, funding,
                      delete_funding);
}

static void
ond_funding_group_dispose (GObject *object)
{
  OndFundingGroup *self = OND_FUNDING_GROUP (object);

  forget_deleted (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_FUNDING_GROUP);
  g_clear_object (&self->funding);
  g_clear_object (&self->lines);

  G_OBJECT_CLASS (ond_funding_group_parent_class)->dispose (object);
}

static void
ond_funding_group_finalize (GObject *object)
{
  OndFundingGroup *self = OND_FUNDING_GROUP (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_funding_group_parent_class)->finalize (object);
}

static void
ond_funding_group_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OndFundingGroup *self = OND_FUNDING_GROUP (object);

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
ond_funding_group_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OndFundingGroup *self = OND_FUNDING_GROUP (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ond_funding_group_set_store (self, g_value_get_object (value));
      break;

    case PROP_PLAN:
      ond_funding_group_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_funding_group_class_init (OndFundingGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_funding_group_dispose;
  object_class->finalize = ond_funding_group_finalize;
  object_class->get_property = ond_funding_group_get_property;
  object_class->set_property = ond_funding_group_set_property;

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
                                               RESOURCE_BASE "/ui/ond-funding-group.ui");
  gtk_widget_class_bind_template_child (widget_class, OndFundingGroup, add_button);
  gtk_widget_class_bind_template_child (widget_class, OndFundingGroup, funding_list);

  gtk_widget_class_install_action (widget_class, "funding.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "funding.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "funding.delete", "x", delete_action);
}

static void
ond_funding_group_init (OndFundingGroup *self)
{
  GtkWidget *placeholder;

  self->funding = g_list_store_new (OND_TYPE_FUNDING);

  gtk_widget_init_template (GTK_WIDGET (self));

  ond_form_set_button_label (self->add_button, _("Add _Funding…"));
  placeholder = g_object_new (GTK_TYPE_LABEL,
                              "label", _("No funding yet"),
                              "margin-top", 12,
                              "margin-bottom", 12,
                              NULL);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->funding_list, placeholder);
  gtk_list_box_bind_model (self->funding_list, G_LIST_MODEL (self->funding),
                           create_funding_row, self, NULL);
  update_actions (self);
}

GtkWidget *
ond_funding_group_new (void)
{
  return g_object_new (OND_TYPE_FUNDING_GROUP, NULL);
}

OndStore *
ond_funding_group_get_store (OndFundingGroup *self)
{
  g_return_val_if_fail (OND_IS_FUNDING_GROUP (self), NULL);

  return self->store;
}

void
ond_funding_group_set_store (OndFundingGroup *self,
                             OndStore        *store)
{
  g_return_if_fail (OND_IS_FUNDING_GROUP (self));
  g_return_if_fail (store == NULL || OND_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  /* Funding deleted from another file is not put back into this one. */
  forget_deleted (self);
  ond_funding_group_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

OndPlan *
ond_funding_group_get_plan (OndFundingGroup *self)
{
  g_return_val_if_fail (OND_IS_FUNDING_GROUP (self), NULL);

  return self->plan;
}

void
ond_funding_group_set_plan (OndFundingGroup *self,
                            OndPlan         *plan)
{
  g_return_if_fail (OND_IS_FUNDING_GROUP (self));
  g_return_if_fail (plan == NULL || OND_IS_PLAN (plan));

  if (!g_set_object (&self->plan, plan))
    return;

  /* Funding deleted from another plan is not put back into this one. */
  forget_deleted (self);
  ond_funding_group_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * ond_funding_group_get_funding:
 * @self: an #OndFundingGroup
 *
 * Returns: (transfer none): the funding shown (#OndFunding)
 */
GListModel *
ond_funding_group_get_funding (OndFundingGroup *self)
{
  g_return_val_if_fail (OND_IS_FUNDING_GROUP (self), NULL);

  return G_LIST_MODEL (self->funding);
}

/**
 * ond_funding_group_reload:
 * @self: an #OndFundingGroup
 *
 * Reads the funding and the names of the lines from the store again.
 */
void
ond_funding_group_reload (OndFundingGroup *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) funding = NULL;
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (OND_IS_FUNDING_GROUP (self));

  if (self->store != NULL && self->plan != NULL)
    {
      gint64 plan_id = ond_plan_get_id (self->plan);

      lines = ond_store_list_budget_lines (self->store, plan_id, &error);
      if (lines != NULL)
        funding = ond_store_list_funding (self->store, plan_id, &error);
      if (error != NULL)
        {
          g_warning ("Could not read the funding: %s", error->message);
          gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s",
                                      error->message);
        }
    }

  g_set_object (&self->lines, lines);
  for (guint i = 0; funding != NULL && i < g_list_model_get_n_items (funding); i++)
    g_ptr_array_add (items, g_list_model_get_item (funding, i));
  g_list_store_splice (self->funding, 0, g_list_model_get_n_items (G_LIST_MODEL (self->funding)),
                       items->pdata, items->len);
  update_actions (self);
}
