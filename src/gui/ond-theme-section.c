/* ond-theme-section.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One theme: its name, owners and description bound in the template, and its actions: the
 * plan's actions filtered on the theme (the filter is declared in the template). */

#define G_LOG_DOMAIN "ond-theme-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-action-row.h"
#include "ond-theme-section.h"

struct _OndThemeSection
{
  AdwBin              parent_instance;

  GtkListBox         *actions_list;
  GtkFilterListModel *theme_actions;

  OndTheme           *theme;
  GListModel         *actions;
};

enum
{
  PROP_0,
  PROP_THEME,
  PROP_ACTIONS,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndThemeSection, ond_theme_section, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static gboolean
theme_matches (gpointer unused,
               gint64   action_theme_id,
               gint64   theme_id)
{
  return action_theme_id != 0 && action_theme_id == theme_id;
}

static char *
describe_owners (gpointer    unused,
                 const char *owners)
{
  if (owners == NULL || owners[0] == '\0')
    return g_strdup (_("No owner assigned"));

  /* Translators: the partners responsible for a theme, e.g. "Owners: Politie, OZHZ". */
  return g_strdup_printf (_("Owners: %s"), owners);
}

static gboolean
is_not_empty (gpointer    unused,
              const char *text)
{
  return text != NULL && text[0] != '\0';
}

static GtkWidget *
create_action_row (gpointer item,
                   gpointer user_data)
{
  /* The list is the theme's own: no need to name the theme on every row. */
  return ond_action_row_new (OND_ACTION (item), FALSE);
}

static void
ond_theme_section_constructed (GObject *object)
{
  OndThemeSection *self = OND_THEME_SECTION (object);
  g_autofree char *label = NULL;

  G_OBJECT_CLASS (ond_theme_section_parent_class)->constructed (object);

  /* Both construct properties are set now: filter once, with the theme known. */
  gtk_filter_list_model_set_model (self->theme_actions, self->actions);

  if (self->theme != NULL)
    {
      /* Translators: the accessible name of the list of a theme's actions. */
      label = g_strdup_printf (_("Actions of %s"), ond_theme_get_name (self->theme));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->actions_list),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
    }
}

static void
ond_theme_section_dispose (GObject *object)
{
  OndThemeSection *self = OND_THEME_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_THEME_SECTION);

  G_OBJECT_CLASS (ond_theme_section_parent_class)->dispose (object);
}

/* The objects the template looks properties up on go last, after the template's bindings
 * are gone. */
static void
ond_theme_section_finalize (GObject *object)
{
  OndThemeSection *self = OND_THEME_SECTION (object);

  g_clear_object (&self->theme);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (ond_theme_section_parent_class)->finalize (object);
}

static void
ond_theme_section_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OndThemeSection *self = OND_THEME_SECTION (object);

  switch (prop_id)
    {
    case PROP_THEME:
      g_value_set_object (value, self->theme);
      break;

    case PROP_ACTIONS:
      g_value_set_object (value, self->actions);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_theme_section_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OndThemeSection *self = OND_THEME_SECTION (object);

  switch (prop_id)
    {
    case PROP_THEME:
      g_set_object (&self->theme, g_value_get_object (value));
      break;

    case PROP_ACTIONS:
      g_set_object (&self->actions, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_theme_section_class_init (OndThemeSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_theme_section_constructed;
  object_class->dispose = ond_theme_section_dispose;
  object_class->finalize = ond_theme_section_finalize;
  object_class->get_property = ond_theme_section_get_property;
  object_class->set_property = ond_theme_section_set_property;

  properties[PROP_THEME] =
    g_param_spec_object ("theme", NULL, NULL,
                         OND_TYPE_THEME,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIONS] =
    g_param_spec_object ("actions", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-theme-section.ui");
  gtk_widget_class_bind_template_child (widget_class, OndThemeSection, actions_list);
  gtk_widget_class_bind_template_child (widget_class, OndThemeSection, theme_actions);
  gtk_widget_class_bind_template_callback (widget_class, theme_matches);
  gtk_widget_class_bind_template_callback (widget_class, describe_owners);
  gtk_widget_class_bind_template_callback (widget_class, is_not_empty);

  g_type_ensure (OND_TYPE_ACTION);
  g_type_ensure (OND_TYPE_THEME);
}

static void
ond_theme_section_init (OndThemeSection *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_bind_model (self->actions_list, G_LIST_MODEL (self->theme_actions),
                           create_action_row, NULL, NULL);

  placeholder = g_object_new (GTK_TYPE_LABEL,
                              "label", _("No actions for this theme"),
                              "margin-top", 12,
                              "margin-bottom", 12,
                              NULL);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->actions_list, placeholder);
}

/**
 * ond_theme_section_new:
 * @theme: the theme to show
 * @actions: the actions of the plan, of which the section shows the theme's own
 *
 * Returns: (transfer floating): a new section
 */
GtkWidget *
ond_theme_section_new (OndTheme   *theme,
                       GListModel *actions)
{
  g_return_val_if_fail (OND_IS_THEME (theme), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (actions), NULL);

  return g_object_new (OND_TYPE_THEME_SECTION,
                       "theme", theme,
                       "actions", actions,
                       NULL);
}

/**
 * ond_theme_section_get_theme:
 * @self: an #OndThemeSection
 *
 * Returns: (transfer none): the theme shown
 */
OndTheme *
ond_theme_section_get_theme (OndThemeSection *self)
{
  g_return_val_if_fail (OND_IS_THEME_SECTION (self), NULL);

  return self->theme;
}

/**
 * ond_theme_section_get_actions:
 * @self: an #OndThemeSection
 *
 * Returns: (transfer none): the theme's actions, as the section lists them
 */
GListModel *
ond_theme_section_get_actions (OndThemeSection *self)
{
  g_return_val_if_fail (OND_IS_THEME_SECTION (self), NULL);

  return G_LIST_MODEL (self->theme_actions);
}
