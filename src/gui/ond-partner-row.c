/* ond-partner-row.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A row showing one partner, everything bound to the partner's properties (in code: see
 * ond-action-row.c), so it follows the partner when the view updates it in place. Its menu
 * follows whether the partner is retired. */

#define G_LOG_DOMAIN "ond-partner-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-partner-row.h"

struct _OndPartnerRow
{
  AdwActionRow  parent_instance;

  GtkWidget          *retired_label;
  GtkWidget          *regiegroep_label;
  GtkMenuButton      *menu_button;

  OndPartner         *partner;
  OndPartnerRowFlags  flags;
};

enum
{
  PROP_0,
  PROP_PARTNER,
  PROP_FLAGS,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndPartnerRow, ond_partner_row, ADW_TYPE_ACTION_ROW)

static GParamSpec *properties[N_PROPS];

/* The subtitle: the short name the plan uses (where it differs from the name) and the
 * contact role. */
static char *
describe_partner (const char *name,
                  const char *short_name,
                  const char *contact_role)
{
  gboolean has_short = short_name != NULL && short_name[0] != '\0' &&
                       g_strcmp0 (short_name, name) != 0;
  gboolean has_role = contact_role != NULL && contact_role[0] != '\0';

  if (has_short && has_role)
    return g_strdup_printf ("%s · %s", short_name, contact_role);
  if (has_short)
    return g_strdup (short_name);
  if (has_role)
    return g_strdup (contact_role);
  return g_strdup ("");
}

static void
update_subtitle (OndPartnerRow *self)
{
  g_autofree char *subtitle = describe_partner (ond_partner_get_name (self->partner),
                                                ond_partner_get_short_name (self->partner),
                                                ond_partner_get_contact_role (self->partner));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
}

static void
append_item (GMenu      *menu,
             const char *label,
             const char *action,
             gint64      id)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_int64 (id));
  g_menu_append_item (menu, item);
}

/* The menu: what can be done to the partner as it is now. */
static void
update_menu (OndPartnerRow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) order = g_menu_new ();
  g_autoptr(GMenu) state = g_menu_new ();
  gint64 id = ond_partner_get_id (self->partner);
  g_autofree char *name = NULL;

  append_item (menu, _("_Edit…"), "partners.edit", id);
  if ((self->flags & OND_PARTNER_ROW_FIRST) == 0)
    append_item (order, _("Move _Up"), "partners.move-up", id);
  if ((self->flags & OND_PARTNER_ROW_LAST) == 0)
    append_item (order, _("Move _Down"), "partners.move-down", id);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));
  if (ond_partner_get_retired (self->partner))
    append_item (state, _("_Bring Back"), "partners.bring-back", id);
  else
    append_item (state, _("_Retire"), "partners.retire", id);
  append_item (state, _("_Delete…"), "partners.delete", id);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (state));
  gtk_menu_button_set_menu_model (self->menu_button, G_MENU_MODEL (menu));

  /* Translators: the accessible name of a partner's menu button, e.g. "Actions for OZHZ". */
  name = g_strdup_printf (_("Actions for %s"), ond_partner_get_short_name (self->partner));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
on_partner_notify_cb (OndPartnerRow *self,
                      GParamSpec    *pspec,
                      OndPartner    *partner)
{
  update_subtitle (self);
  if ((self->flags & OND_PARTNER_ROW_READ_ONLY) == 0)
    update_menu (self);
}

static void
ond_partner_row_constructed (GObject *object)
{
  OndPartnerRow *self = OND_PARTNER_ROW (object);

  G_OBJECT_CLASS (ond_partner_row_parent_class)->constructed (object);

  if (self->partner == NULL)
    return;

  g_object_bind_property (self->partner, "name", self, "title", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->partner, "regiegroep", self->regiegroep_label, "visible",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->partner, "retired", self->retired_label, "visible",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->partner, "notify",
                           G_CALLBACK (on_partner_notify_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_visible (GTK_WIDGET (self->menu_button),
                          (self->flags & OND_PARTNER_ROW_READ_ONLY) == 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self),
                                    (self->flags & OND_PARTNER_ROW_READ_ONLY) == 0);
  on_partner_notify_cb (self, NULL, self->partner);
}

static void
ond_partner_row_dispose (GObject *object)
{
  OndPartnerRow *self = OND_PARTNER_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_PARTNER_ROW);

  G_OBJECT_CLASS (ond_partner_row_parent_class)->dispose (object);
}

static void
ond_partner_row_finalize (GObject *object)
{
  OndPartnerRow *self = OND_PARTNER_ROW (object);

  g_clear_object (&self->partner);

  G_OBJECT_CLASS (ond_partner_row_parent_class)->finalize (object);
}

static void
ond_partner_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OndPartnerRow *self = OND_PARTNER_ROW (object);

  switch (prop_id)
    {
    case PROP_PARTNER:
      g_value_set_object (value, self->partner);
      break;

    case PROP_FLAGS:
      g_value_set_uint (value, self->flags);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_partner_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OndPartnerRow *self = OND_PARTNER_ROW (object);

  switch (prop_id)
    {
    case PROP_PARTNER:
      g_set_object (&self->partner, g_value_get_object (value));
      break;

    case PROP_FLAGS:
      self->flags = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_partner_row_class_init (OndPartnerRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_partner_row_constructed;
  object_class->dispose = ond_partner_row_dispose;
  object_class->finalize = ond_partner_row_finalize;
  object_class->get_property = ond_partner_row_get_property;
  object_class->set_property = ond_partner_row_set_property;

  properties[PROP_PARTNER] =
    g_param_spec_object ("partner", NULL, NULL,
                         OND_TYPE_PARTNER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* OndPartnerRowFlags: first or last of its kind, read-only. */
  properties[PROP_FLAGS] =
    g_param_spec_uint ("flags", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-partner-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OndPartnerRow, retired_label);
  gtk_widget_class_bind_template_child (widget_class, OndPartnerRow, regiegroep_label);
  gtk_widget_class_bind_template_child (widget_class, OndPartnerRow, menu_button);

  g_type_ensure (OND_TYPE_PARTNER);
}

static void
ond_partner_row_init (OndPartnerRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_partner_row_new:
 * @partner: the partner to show
 * @flags: where it stands among its kind, and whether the list can be changed
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
ond_partner_row_new (OndPartner         *partner,
                     OndPartnerRowFlags  flags)
{
  g_return_val_if_fail (OND_IS_PARTNER (partner), NULL);

  return g_object_new (OND_TYPE_PARTNER_ROW, "partner", partner, "flags", flags, NULL);
}

/**
 * ond_partner_row_get_partner:
 * @self: an #OndPartnerRow
 *
 * Returns: (transfer none): the partner shown
 */
OndPartner *
ond_partner_row_get_partner (OndPartnerRow *self)
{
  g_return_val_if_fail (OND_IS_PARTNER_ROW (self), NULL);

  return self->partner;
}
