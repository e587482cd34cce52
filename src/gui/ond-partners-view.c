/* ond-partners-view.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The partners, one list per kind (filters declared in the template), and the interventie
 * menukaart as a table (ond-partners-view-matrix.c). The view reads the store again when
 * it changes; what it shows is updated in place when only fields changed, so a row or cell
 * being worked on keeps the keyboard focus. The actions are in
 * ond-partners-view-actions.c, the export of the page shown (Export…, Ctrl+E) in
 * ond-partners-view-export.c. */

#define G_LOG_DOMAIN "ond-partners-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-form-field.h"
#include "ond-intervention.h"
#include "ond-partner-row.h"
#include "ond-partners-view-private.h"

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndPartnersView, ond_partners_view, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

void
_ond_partners_view_report_error (OndPartnersView *self,
                                 const GError    *error)
{
  g_message ("Partners and menukaart: %s", error->message);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
}

gboolean
_ond_partners_view_is_writable (OndPartnersView *self)
{
  return self->store != NULL && !ond_store_is_read_only (self->store);
}

OndPartner *
_ond_partners_view_find_partner (OndPartnersView *self,
                                 gint64           id)
{
  GListModel *partners = G_LIST_MODEL (self->partners);

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (partners, i);

      if (ond_partner_get_id (partner) == id)
        return partner;   /* the list holds a reference */
    }
  return NULL;
}

OndIntervention *
_ond_partners_view_find_intervention (OndPartnersView *self,
                                      gint64           id)
{
  GListModel *interventions = G_LIST_MODEL (self->interventions);

  for (guint i = 0; i < g_list_model_get_n_items (interventions); i++)
    {
      g_autoptr(OndIntervention) intervention = g_list_model_get_item (interventions, i);

      if (ond_intervention_get_id (intervention) == id)
        return intervention;   /* the list holds a reference */
    }
  return NULL;
}

void
_ond_partners_view_focus_partner (OndPartnersView *self,
                                  gint64           id)
{
  GtkListBox *lists[] = { self->municipal_list, self->external_list, self->riec_list };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (lists[l]));
         child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (OND_IS_PARTNER_ROW (child) &&
          ond_partner_get_id (ond_partner_row_get_partner (OND_PARTNER_ROW (child))) == id)
        {
          gtk_widget_grab_focus (child);
          return;
        }
}

/* A row of a kind's list: where it stands in its kind decides its menu. */
static GtkWidget *
create_partner_row (gpointer item,
                    gpointer user_data)
{
  OndPartnersKindList *list = user_data;
  OndPartnersView *self = list->view;
  GListModel *kind = list->partners;
  guint n = g_list_model_get_n_items (kind);
  OndPartnerRowFlags flags = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (kind, i);

      if (other != item)
        continue;
      if (i == 0)
        flags |= OND_PARTNER_ROW_FIRST;
      if (i + 1 == n)
        flags |= OND_PARTNER_ROW_LAST;
    }
  if (!_ond_partners_view_is_writable (self))
    flags |= OND_PARTNER_ROW_READ_ONLY;
  return ond_partner_row_new (OND_PARTNER (item), flags);
}

static void
on_partner_row_activated_cb (OndPartnersView *self,
                             GtkListBoxRow   *row,
                             GtkListBox      *list)
{
  OndPartner *partner;

  if (!OND_IS_PARTNER_ROW (row))
    return;
  partner = ond_partner_row_get_partner (OND_PARTNER_ROW (row));
  gtk_widget_activate_action (GTK_WIDGET (self), "partners.edit", "x",
                              ond_partner_get_id (partner));
}

typedef gboolean (*SameFunc)   (gpointer shown,
                                gpointer fresh);
typedef void     (*UpdateFunc) (gpointer shown,
                                gpointer fresh);

/* Brings @store to the items of @fresh: in place (@update) when each item is @same as the
 * one shown at its place, else by putting the new items in. Returns whether items came,
 * went or moved. */
static gboolean
sync_list (GListStore *store,
           GListModel *fresh,
           SameFunc    same,
           UpdateFunc  update)
{
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint n_fresh = fresh != NULL ? g_list_model_get_n_items (fresh) : 0;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean in_place = n_shown == n_fresh;

  for (guint i = 0; i < n_fresh; i++)
    g_ptr_array_add (items, g_list_model_get_item (fresh, i));
  for (guint i = 0; in_place && i < n_shown; i++)
    {
      g_autoptr(GObject) shown = g_list_model_get_item (G_LIST_MODEL (store), i);

      in_place = same (shown, g_ptr_array_index (items, i));
    }

  if (in_place)
    {
      for (guint i = 0; i < n_shown; i++)
        {
          g_autoptr(GObject) shown = g_list_model_get_item (G_LIST_MODEL (store), i);

          update (shown, g_ptr_array_index (items, i));
        }
      return FALSE;
    }
  g_list_store_splice (store, 0, n_shown, items->pdata, items->len);
  return TRUE;
}

/* The same partner, still in the list of its kind. */
static gboolean
same_partner (gpointer shown,
              gpointer fresh)
{
  return ond_partner_get_id (shown) == ond_partner_get_id (fresh) &&
         g_strcmp0 (ond_partner_get_kind (shown), ond_partner_get_kind (fresh)) == 0;
}

static gboolean
same_intervention (gpointer shown,
                   gpointer fresh)
{
  return ond_intervention_get_id (shown) == ond_intervention_get_id (fresh);
}

static void
update_partner (gpointer shown,
                gpointer fresh)
{
  ond_partner_update (shown, fresh);
}

static void
update_intervention (gpointer shown,
                     gpointer fresh)
{
  ond_intervention_update (shown, fresh);
}

void
_ond_partners_view_reload (OndPartnersView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) partners = NULL;
  g_autoptr(GListModel) interventions = NULL;
  gboolean partners_changed;

  if (self->store != NULL)
    {
      partners = ond_store_list_partners (self->store, &error);
      if (partners != NULL)
        interventions = ond_store_list_interventions (self->store, &error);
      if (error != NULL)
        {
          _ond_partners_view_report_error (self, error);
          return;
        }
    }

  _ond_partners_view_update_short_labels (self, interventions);
  partners_changed = sync_list (self->partners, partners, same_partner, update_partner);
  sync_list (self->interventions, interventions, same_intervention, update_intervention);
  _ond_partners_view_update_matrix (self, partners_changed);
  _ond_partners_view_update_actions (self);
}

static void
on_store_changed_cb (OndPartnersView *self)
{
  _ond_partners_view_reload (self);
}

static void
ond_partners_view_dispose (GObject *object)
{
  OndPartnersView *self = OND_PARTNERS_VIEW (object);

  _ond_partners_view_forget_deleted (self);
  if (self->info_toast != NULL)
    adw_toast_dismiss (self->info_toast);
  g_clear_object (&self->info_toast);
  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_PARTNERS_VIEW);
  g_clear_pointer (&self->partner_columns, g_ptr_array_unref);

  G_OBJECT_CLASS (ond_partners_view_parent_class)->dispose (object);
}

/* The objects the cells look things up on go last, after the template's widgets are
 * gone. */
static void
ond_partners_view_finalize (GObject *object)
{
  OndPartnersView *self = OND_PARTNERS_VIEW (object);

  g_clear_pointer (&self->column_partner_ids, g_array_unref);
  g_clear_pointer (&self->kept_column_ids, g_array_unref);
  g_clear_pointer (&self->short_labels, g_hash_table_unref);
  g_clear_object (&self->partners);
  g_clear_object (&self->interventions);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_partners_view_parent_class)->finalize (object);
}

static void
ond_partners_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OndPartnersView *self = OND_PARTNERS_VIEW (object);

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
ond_partners_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OndPartnersView *self = OND_PARTNERS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ond_partners_view_set_store (self, g_value_get_object (value));
      break;

    case PROP_PLAN:
      ond_partners_view_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_partners_view_class_init (OndPartnersViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_partners_view_dispose;
  object_class->finalize = ond_partners_view_finalize;
  object_class->get_property = ond_partners_view_get_property;
  object_class->set_property = ond_partners_view_set_property;

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
                                               RESOURCE_BASE "/ui/ond-partners-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, add_partner_button);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, add_intervention_button);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, municipal_list);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, external_list);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, riec_list);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, municipal_partners);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, external_partners);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, riec_partners);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, matrix_view);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, intervention_selection);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, intervention_column);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, add_column_button);
  gtk_widget_class_bind_template_callback (widget_class, on_partner_row_activated_cb);

  _ond_partners_view_class_actions_init (klass);
  _ond_partners_view_class_export_init (widget_class);

  g_type_ensure (OND_TYPE_INTERVENTION);
  g_type_ensure (OND_TYPE_PARTNER);
}

static void
ond_partners_view_init (OndPartnersView *self)
{
  GtkListBox *lists[] = { NULL, NULL, NULL };
  GtkFilterListModel *kinds[] = { NULL, NULL, NULL };

  self->partners = g_list_store_new (OND_TYPE_PARTNER);
  self->interventions = g_list_store_new (OND_TYPE_INTERVENTION);
  self->partner_columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->column_partner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->kept_column_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->short_labels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Named without the mnemonic's underscore (ond_form_set_button_label). */
  ond_form_set_button_label (self->add_partner_button,
                             gtk_button_get_label (self->add_partner_button));
  ond_form_set_button_label (self->add_intervention_button,
                             gtk_button_get_label (self->add_intervention_button));

  lists[0] = self->municipal_list;
  lists[1] = self->external_list;
  lists[2] = self->riec_list;
  kinds[0] = self->municipal_partners;
  kinds[1] = self->external_partners;
  kinds[2] = self->riec_partners;
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      gtk_filter_list_model_set_model (kinds[i], G_LIST_MODEL (self->partners));
      self->kind_lists[i] = (OndPartnersKindList) { self, G_LIST_MODEL (kinds[i]) };
      gtk_list_box_bind_model (lists[i], G_LIST_MODEL (kinds[i]), create_partner_row,
                               &self->kind_lists[i], NULL);
    }
  gtk_no_selection_set_model (self->intervention_selection, G_LIST_MODEL (self->interventions));
  _ond_partners_view_init_matrix (self);
  _ond_partners_view_init_export (self);
  _ond_partners_view_update_actions (self);
}

GtkWidget *
ond_partners_view_new (void)
{
  return g_object_new (OND_TYPE_PARTNERS_VIEW, NULL);
}

/**
 * ond_partners_view_get_store:
 * @self: an #OndPartnersView
 *
 * Returns: (transfer none) (nullable): the store the view reads and writes
 */
OndStore *
ond_partners_view_get_store (OndPartnersView *self)
{
  g_return_val_if_fail (OND_IS_PARTNERS_VIEW (self), NULL);

  return self->store;
}

void
ond_partners_view_set_store (OndPartnersView *self,
                             OndStore        *store)
{
  g_return_if_fail (OND_IS_PARTNERS_VIEW (self));
  g_return_if_fail (store == NULL || OND_IS_STORE (store));

  if (self->store == store)
    return;

  _ond_partners_view_forget_deleted (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  /* Rows are made for a store that can or cannot be changed: made anew. */
  g_list_store_remove_all (self->partners);
  g_list_store_remove_all (self->interventions);
  _ond_partners_view_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ond_partners_view_get_plan:
 * @self: an #OndPartnersView
 *
 * Partners and the menukaart are shared by every plan; the plan is kept for symmetry with
 * the other sections.
 *
 * Returns: (transfer none) (nullable): the plan of the window
 */
OndPlan *
ond_partners_view_get_plan (OndPartnersView *self)
{
  g_return_val_if_fail (OND_IS_PARTNERS_VIEW (self), NULL);

  return self->plan;
}

void
ond_partners_view_set_plan (OndPartnersView *self,
                            OndPlan         *plan)
{
  g_return_if_fail (OND_IS_PARTNERS_VIEW (self));
  g_return_if_fail (plan == NULL || OND_IS_PLAN (plan));

  if (!g_set_object (&self->plan, plan))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}
