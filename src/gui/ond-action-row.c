/* ond-action-row.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A row showing one action. Everything it shows is bound to the action's properties; the row
 * keeps nothing of its own. (The bindings are made in code, not as expressions in the
 * template: in GTK 4.8 an expression rooted at the template object itself warns when the
 * row is destroyed.) */

#define G_LOG_DOMAIN "ond-action-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-action-row.h"

struct _OndActionRow
{
  AdwActionRow  parent_instance;

  GtkLabel     *status_label;

  OndAction    *action;
  gboolean      show_theme;
};

enum
{
  PROP_0,
  PROP_ACTION,
  PROP_SHOW_THEME,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndActionRow, ond_action_row, ADW_TYPE_ACTION_ROW)

static GParamSpec *properties[N_PROPS];

/* The subtitle: the theme (where the list does not already say it) and the owner. */
static char *
describe_action (const char *theme_name,
                 const char *owner,
                 gboolean    show_theme)
{
  g_autofree char *theme = NULL;
  g_autofree char *by = NULL;

  if (show_theme && theme_name != NULL && theme_name[0] != '\0')
    /* Translators: the theme an action belongs to, e.g. "Theme: Drugs". */
    theme = g_strdup_printf (_("Theme: %s"), theme_name);
  if (owner != NULL && owner[0] != '\0')
    /* Translators: the partner responsible for an action, e.g. "Owner: Politie". */
    by = g_strdup_printf (_("Owner: %s"), owner);

  if (theme != NULL && by != NULL)
    return g_strdup_printf ("%s · %s", theme, by);
  if (theme != NULL)
    return g_steal_pointer (&theme);
  if (by != NULL)
    return g_steal_pointer (&by);
  return g_strdup ("");
}

static void
update_subtitle (OndActionRow *self)
{
  g_autofree char *subtitle = describe_action (ond_action_get_theme_name (self->action),
                                               ond_action_get_owner (self->action),
                                               self->show_theme);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
}

static void
ond_action_row_constructed (GObject *object)
{
  OndActionRow *self = OND_ACTION_ROW (object);

  G_OBJECT_CLASS (ond_action_row_parent_class)->constructed (object);

  if (self->action == NULL)
    return;

  g_object_bind_property (self->action, "text", self, "title", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->action, "status-label", self->status_label, "label",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->action, "notify::theme-name",
                           G_CALLBACK (update_subtitle), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->action, "notify::owner",
                           G_CALLBACK (update_subtitle), self, G_CONNECT_SWAPPED);
  update_subtitle (self);
}

static void
ond_action_row_dispose (GObject *object)
{
  OndActionRow *self = OND_ACTION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_ACTION_ROW);

  G_OBJECT_CLASS (ond_action_row_parent_class)->dispose (object);
}

static void
ond_action_row_finalize (GObject *object)
{
  OndActionRow *self = OND_ACTION_ROW (object);

  g_clear_object (&self->action);

  G_OBJECT_CLASS (ond_action_row_parent_class)->finalize (object);
}

static void
ond_action_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OndActionRow *self = OND_ACTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ACTION:
      g_value_set_object (value, self->action);
      break;

    case PROP_SHOW_THEME:
      g_value_set_boolean (value, self->show_theme);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_action_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OndActionRow *self = OND_ACTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ACTION:
      g_set_object (&self->action, g_value_get_object (value));
      break;

    case PROP_SHOW_THEME:
      self->show_theme = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_action_row_class_init (OndActionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_action_row_constructed;
  object_class->dispose = ond_action_row_dispose;
  object_class->finalize = ond_action_row_finalize;
  object_class->get_property = ond_action_row_get_property;
  object_class->set_property = ond_action_row_set_property;

  properties[PROP_ACTION] =
    g_param_spec_object ("action", NULL, NULL,
                         OND_TYPE_ACTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_THEME] =
    g_param_spec_boolean ("show-theme", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-action-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OndActionRow, status_label);

  g_type_ensure (OND_TYPE_ACTION);
}

static void
ond_action_row_init (OndActionRow *self)
{
  self->show_theme = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_action_row_new:
 * @action: the action to show
 * @show_theme: whether to name the action's theme (not where the list is one theme's)
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
ond_action_row_new (OndAction *action,
                    gboolean   show_theme)
{
  g_return_val_if_fail (OND_IS_ACTION (action), NULL);

  return g_object_new (OND_TYPE_ACTION_ROW,
                       "action", action,
                       "show-theme", show_theme,
                       NULL);
}

/**
 * ond_action_row_get_action:
 * @self: an #OndActionRow
 *
 * Returns: (transfer none): the action shown
 */
OndAction *
ond_action_row_get_action (OndActionRow *self)
{
  g_return_val_if_fail (OND_IS_ACTION_ROW (self), NULL);

  return self->action;
}

gboolean
ond_action_row_get_show_theme (OndActionRow *self)
{
  g_return_val_if_fail (OND_IS_ACTION_ROW (self), FALSE);

  return self->show_theme;
}
