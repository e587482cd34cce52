/* ond-partners-view.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The partners, one list per kind (filters declared in the template), and the interventie
 * menukaart as a table: one row per intervention, one column per partner that can carry out
 * any intervention. Those columns depend on the data and are made here. */

#define G_LOG_DOMAIN "ond-partners-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-intervention.h"
#include "ond-partner-row.h"
#include "ond-partners-view.h"

struct _OndPartnersView
{
  AdwBin              parent_instance;

  GtkListBox         *municipal_list;
  GtkListBox         *external_list;
  GtkListBox         *riec_list;
  GtkFilterListModel *municipal_partners;
  GtkFilterListModel *external_partners;
  GtkFilterListModel *riec_partners;
  GtkFilterListModel *menukaart_partners;
  GtkCustomFilter    *menukaart_filter;
  GtkColumnView      *matrix_view;
  GtkNoSelection     *interventions;

  /* The partner columns of the menukaart, to take out when the data changes. */
  GPtrArray          *partner_columns;

  OndStore           *store;
  OndPlan            *plan;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndPartnersView, ond_partners_view, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static void
report_error (OndPartnersView *self,
              const GError    *error)
{
  g_warning ("Could not read the partners: %s", error->message);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
}

/* A partner is a column of the menukaart when it can carry out any intervention. */
static gboolean
partner_in_menukaart (gpointer item,
                      gpointer user_data)
{
  OndPartnersView *self = user_data;
  GListModel *interventions = gtk_no_selection_get_model (self->interventions);
  gint64 partner_id = ond_partner_get_id (OND_PARTNER (item));
  guint n;

  if (interventions == NULL)
    return FALSE;

  n = g_list_model_get_n_items (interventions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndIntervention) intervention = g_list_model_get_item (interventions, i);

      if (ond_intervention_has_partner (intervention, partner_id))
        return TRUE;
    }

  return FALSE;
}

static GtkWidget *
create_partner_row (gpointer item,
                    gpointer user_data)
{
  return ond_partner_row_new (OND_PARTNER (item));
}

static void
setup_check_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  GtkWidget *image = g_object_new (GTK_TYPE_IMAGE,
                                   "halign", GTK_ALIGN_CENTER,
                                   "valign", GTK_ALIGN_CENTER,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_IMG,
                                   NULL);

  gtk_widget_add_css_class (image, "accent");
  gtk_list_item_set_child (list_item, image);
}

/* A cell of a partner's column: a check where the partner can carry out the intervention,
 * and in words for a screen reader either way. */
static void
bind_check_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  OndPartner *partner = user_data;
  OndIntervention *intervention = gtk_list_item_get_item (list_item);
  GtkImage *image = GTK_IMAGE (gtk_list_item_get_child (list_item));
  gboolean can = ond_intervention_has_partner (intervention, ond_partner_get_id (partner));
  g_autofree char *label = NULL;

  if (can)
    /* Translators: a cell of the menu of interventions, e.g. "Politie: yes". */
    label = g_strdup_printf (_("%s: yes"), ond_partner_get_short_name (partner));
  else
    /* Translators: a cell of the menu of interventions, e.g. "Politie: no". */
    label = g_strdup_printf (_("%s: no"), ond_partner_get_short_name (partner));

  gtk_image_set_from_icon_name (image, can ? "object-select-symbolic" : NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
unref_partner (gpointer  data,
               GClosure *closure)
{
  g_object_unref (data);
}

/* One column per partner of the menukaart, in the partners' order. */
static void
update_partner_columns (OndPartnersView *self)
{
  GListModel *partners = G_LIST_MODEL (self->menukaart_partners);
  guint n;

  for (guint i = 0; i < self->partner_columns->len; i++)
    gtk_column_view_remove_column (self->matrix_view,
                                   g_ptr_array_index (self->partner_columns, i));
  g_ptr_array_set_size (self->partner_columns, 0);

  n = g_list_model_get_n_items (partners);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (partners, i);
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_check_cb), NULL);
      g_signal_connect_data (factory, "bind", G_CALLBACK (bind_check_cb),
                             g_object_ref (partner), unref_partner, 0);
      column = gtk_column_view_column_new (ond_partner_get_short_name (partner),
                                           g_object_ref (factory));
      gtk_column_view_column_set_fixed_width (column, 96);
      gtk_column_view_append_column (self->matrix_view, column);
      g_ptr_array_add (self->partner_columns, g_object_ref (column));
    }
}

static void
reload (OndPartnersView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) partners = NULL;
  g_autoptr(GListModel) interventions = NULL;

  if (self->store != NULL)
    {
      partners = ond_store_list_partners (self->store, &error);
      if (partners != NULL)
        interventions = ond_store_list_interventions (self->store, &error);
      if (error != NULL)
        {
          report_error (self, error);
          g_clear_object (&partners);
        }
    }

  gtk_no_selection_set_model (self->interventions, interventions);
  gtk_filter_list_model_set_model (self->municipal_partners, partners);
  gtk_filter_list_model_set_model (self->external_partners, partners);
  gtk_filter_list_model_set_model (self->riec_partners, partners);
  gtk_filter_list_model_set_model (self->menukaart_partners, partners);
  gtk_filter_changed (GTK_FILTER (self->menukaart_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_partner_columns (self);
}

static void
ond_partners_view_dispose (GObject *object)
{
  OndPartnersView *self = OND_PARTNERS_VIEW (object);

  if (self->menukaart_filter != NULL)
    gtk_custom_filter_set_filter_func (self->menukaart_filter, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_PARTNERS_VIEW);
  g_clear_pointer (&self->partner_columns, g_ptr_array_unref);

  G_OBJECT_CLASS (ond_partners_view_parent_class)->dispose (object);
}

/* The objects the template looks properties up on go last, after the template's bindings
 * are gone. */
static void
ond_partners_view_finalize (GObject *object)
{
  OndPartnersView *self = OND_PARTNERS_VIEW (object);

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
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, municipal_list);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, external_list);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, riec_list);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, municipal_partners);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, external_partners);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, riec_partners);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, menukaart_partners);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, menukaart_filter);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, matrix_view);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, interventions);

  g_type_ensure (OND_TYPE_INTERVENTION);
  g_type_ensure (OND_TYPE_PARTNER);
}

static void
ond_partners_view_init (OndPartnersView *self)
{
  self->partner_columns = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->menukaart_filter, partner_in_menukaart, self, NULL);
  gtk_list_box_bind_model (self->municipal_list, G_LIST_MODEL (self->municipal_partners),
                           create_partner_row, NULL, NULL);
  gtk_list_box_bind_model (self->external_list, G_LIST_MODEL (self->external_partners),
                           create_partner_row, NULL, NULL);
  gtk_list_box_bind_model (self->riec_list, G_LIST_MODEL (self->riec_partners),
                           create_partner_row, NULL, NULL);
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
 * Returns: (transfer none) (nullable): the store the view reads
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

  if (!g_set_object (&self->store, store))
    return;

  reload (self);
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
