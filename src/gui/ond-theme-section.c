/* ond-theme-section.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One theme: its name, owners and description bound in the template; the counts of its open
 * cases, the measures on its cases and its activities, read when the section is made; its
 * actions: the plan's actions filtered on the theme (the filter is declared in the
 * template), in the same rows as the pillars, changed through the view's OndActionEditing;
 * and its planning rows: those of the theme and those linked to one of its actions. The
 * owners are edited in an OndThemeOwnersDialog. */

#define G_LOG_DOMAIN "ond-theme-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-action-row.h"
#include "ond-pillar.h"
#include "ond-plan-item.h"
#include "ond-store-themes.h"
#include "ond-theme-owners-dialog.h"
#include "ond-theme-section.h"

struct _OndThemeSection
{
  AdwBin              parent_instance;

  GtkListBox         *actions_list;
  GtkListBox         *planning_list;
  GtkFilterListModel *theme_actions;
  GtkLabel           *counts_label;
  GtkWidget          *owners_button;
  GtkWidget          *add_button;

  OndTheme           *theme;
  GListModel         *actions;
  OndActionEditing   *editing;
  GListStore         *plan_items;
};

enum
{
  PROP_0,
  PROP_THEME,
  PROP_ACTIONS,
  PROP_EDITING,
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
  OndThemeSection *self = user_data;
  OndActionRowPlace place = ond_action_row_place_in (G_LIST_MODEL (self->theme_actions), item);

  /* The list is the theme's own: no need to name the theme on every row. */
  return ond_action_row_new (OND_ACTION (item), self->editing, FALSE, place);
}

static GtkWidget *
create_plan_item_row (gpointer item,
                      gpointer user_data)
{
  OndPlanItem *plan_item = item;
  GtkWidget *row = adw_action_row_new ();
  /* Translators: a planning row's year, period and status, e.g. "2023 Q2 · Gepland". */
  g_autofree char *when = g_strdup_printf (_("%d %s · %s"), ond_plan_item_get_year (plan_item),
                                           ond_plan_item_get_period_label (plan_item),
                                           ond_plan_item_get_status_label (plan_item));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ond_plan_item_get_what (plan_item));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), when);
  return row;
}

static GtkWidget *
make_placeholder (const char *text)
{
  GtkWidget *placeholder = g_object_new (GTK_TYPE_LABEL,
                                         "label", text,
                                         "wrap", TRUE,
                                         "margin-top", 12,
                                         "margin-bottom", 12,
                                         "margin-start", 12,
                                         "margin-end", 12,
                                         NULL);

  gtk_widget_add_css_class (placeholder, "dim-label");
  return placeholder;
}

/* Whether one of the theme's actions names @item. */
static gboolean
linked_to_theme (OndThemeSection *self,
                 OndPlanItem     *item)
{
  GListModel *actions = G_LIST_MODEL (self->theme_actions);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(OndAction) action = g_list_model_get_item (actions, i);

      if (ond_action_has_plan_item (action, ond_plan_item_get_id (item)))
        return TRUE;
    }
  return FALSE;
}

static void
fill_plan_items (OndThemeSection *self)
{
  GListModel *items = ond_action_editing_get_plan_items (self->editing);
  gint64 theme_id = ond_theme_get_id (self->theme);

  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (items, i);

      if (ond_plan_item_get_theme_id (item) == theme_id || linked_to_theme (self, item))
        g_list_store_append (self->plan_items, item);
    }
}

static void
show_counts (OndThemeSection *self)
{
  g_autoptr(GError) error = NULL;
  OndStore *store = ond_action_editing_get_store (self->editing);
  OndThemeCounts counts;
  g_autofree char *cases = NULL;
  g_autofree char *measures = NULL;
  g_autofree char *activities = NULL;
  g_autofree char *all = NULL;

  if (store == NULL || !ond_store_count_theme (store, ond_theme_get_id (self->theme), &counts,
                                               &error))
    {
      if (error != NULL)
        g_message ("The counts of a theme could not be read: %s", error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->counts_label), FALSE);
      return;
    }
  cases = g_strdup_printf (ngettext ("%u open case", "%u open cases", counts.open_cases),
                           counts.open_cases);
  measures = g_strdup_printf (ngettext ("%u measure on its cases", "%u measures on its cases",
                                        counts.measures), counts.measures);
  activities = g_strdup_printf (ngettext ("%u activity", "%u activities", counts.activities),
                                counts.activities);
  /* Translators: what the other sections hold about a theme, e.g.
   * "2 open cases · 3 measures on its cases · 1 activity". */
  all = g_strdup_printf (_("%s · %s · %s"), cases, measures, activities);
  gtk_label_set_label (self->counts_label, all);
}

/* The action theme.add-action: the editor of a new action of the theme, in the pillar of its
 * other actions (the themes are the content of pillar 1). */
static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  OndThemeSection *self = OND_THEME_SECTION (widget);
  GListModel *actions = G_LIST_MODEL (self->theme_actions);
  OndStore *store = ond_action_editing_get_store (self->editing);
  OndPlan *plan = ond_action_editing_get_plan (self->editing);
  gint64 pillar_id = 0;

  if (g_list_model_get_n_items (actions) > 0)
    {
      g_autoptr(OndAction) first = g_list_model_get_item (actions, 0);

      pillar_id = ond_action_get_pillar_id (first);
    }
  else if (store != NULL && plan != NULL)
    {
      g_autoptr(GListModel) pillars = ond_store_list_pillars (store, ond_plan_get_id (plan), NULL);

      for (guint i = 0; pillars != NULL && i < g_list_model_get_n_items (pillars); i++)
        {
          g_autoptr(OndPillar) pillar = g_list_model_get_item (pillars, i);

          if (ond_pillar_get_number (pillar) == 1)
            pillar_id = ond_pillar_get_id (pillar);
        }
    }
  ond_action_editing_add (self->editing, pillar_id, ond_theme_get_id (self->theme),
                          ond_theme_get_name (self->theme));
}

static void
edit_owners_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  OndThemeSection *self = OND_THEME_SECTION (widget);
  OndStore *store = ond_action_editing_get_store (self->editing);
  OndPlan *plan = ond_action_editing_get_plan (self->editing);
  GtkRoot *root = gtk_widget_get_root (widget);
  OndThemeOwnersDialog *dialog;

  if (store == NULL || plan == NULL || ond_action_editing_get_read_only (self->editing))
    return;
  dialog = ond_theme_owners_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        store, plan, self->theme);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
name_controls (OndThemeSection *self)
{
  const char *name = ond_theme_get_name (self->theme);
  /* Translators: accessible names within one theme, e.g. "Actions of Drugs". */
  g_autofree char *actions = g_strdup_printf (_("Actions of %s"), name);
  g_autofree char *planning = g_strdup_printf (_("Planning of %s"), name);
  g_autofree char *owners = g_strdup_printf (_("Edit Owners of %s"), name);
  g_autofree char *add = g_strdup_printf (_("Add Action to %s"), name);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->actions_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, actions, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->planning_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, planning, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->owners_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, owners, -1);
  gtk_widget_set_tooltip_text (self->add_button, add);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, add, -1);
}

static void
ond_theme_section_constructed (GObject *object)
{
  OndThemeSection *self = OND_THEME_SECTION (object);
  gboolean writable;

  G_OBJECT_CLASS (ond_theme_section_parent_class)->constructed (object);

  g_return_if_fail (self->theme != NULL && self->actions != NULL && self->editing != NULL);

  /* Every construct property is set now: filter once, with the theme known. */
  gtk_filter_list_model_set_model (self->theme_actions, self->actions);
  gtk_list_box_bind_model (self->actions_list, G_LIST_MODEL (self->theme_actions),
                           create_action_row, self, NULL);
  fill_plan_items (self);
  show_counts (self);
  name_controls (self);

  writable = !ond_action_editing_get_read_only (self->editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "theme.add-action", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "theme.edit-owners", writable);
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
  g_clear_object (&self->editing);
  g_clear_object (&self->plan_items);

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

    case PROP_EDITING:
      g_value_set_object (value, self->editing);
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

    case PROP_EDITING:
      g_set_object (&self->editing, g_value_get_object (value));
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
  /* What the changes of the theme's actions go through (the view's). */
  properties[PROP_EDITING] =
    g_param_spec_object ("editing", NULL, NULL,
                         OND_TYPE_ACTION_EDITING,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-theme-section.ui");
  gtk_widget_class_bind_template_child (widget_class, OndThemeSection, actions_list);
  gtk_widget_class_bind_template_child (widget_class, OndThemeSection, planning_list);
  gtk_widget_class_bind_template_child (widget_class, OndThemeSection, theme_actions);
  gtk_widget_class_bind_template_child (widget_class, OndThemeSection, counts_label);
  gtk_widget_class_bind_template_child (widget_class, OndThemeSection, owners_button);
  gtk_widget_class_bind_template_child (widget_class, OndThemeSection, add_button);
  gtk_widget_class_bind_template_callback (widget_class, theme_matches);
  gtk_widget_class_bind_template_callback (widget_class, describe_owners);
  gtk_widget_class_bind_template_callback (widget_class, is_not_empty);

  gtk_widget_class_install_action (widget_class, "theme.add-action", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "theme.edit-owners", NULL, edit_owners_action);

  g_type_ensure (OND_TYPE_ACTION);
  g_type_ensure (OND_TYPE_THEME);
}

static void
ond_theme_section_init (OndThemeSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->plan_items = g_list_store_new (OND_TYPE_PLAN_ITEM);
  gtk_list_box_bind_model (self->planning_list, G_LIST_MODEL (self->plan_items),
                           create_plan_item_row, NULL, NULL);
  gtk_list_box_set_placeholder (self->actions_list,
                                make_placeholder (_("No actions for this theme")));
  gtk_list_box_set_placeholder (self->planning_list,
                                make_placeholder (_("No planning rows for this theme")));
}

/**
 * ond_theme_section_new:
 * @theme: the theme to show
 * @actions: the actions of the plan, of which the section shows the theme's own
 * @editing: what the changes of the theme's actions go through
 *
 * Returns: (transfer floating): a new section
 */
GtkWidget *
ond_theme_section_new (OndTheme         *theme,
                       GListModel       *actions,
                       OndActionEditing *editing)
{
  g_return_val_if_fail (OND_IS_THEME (theme), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (actions), NULL);
  g_return_val_if_fail (OND_IS_ACTION_EDITING (editing), NULL);

  return g_object_new (OND_TYPE_THEME_SECTION,
                       "theme", theme,
                       "actions", actions,
                       "editing", editing,
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

/**
 * ond_theme_section_get_plan_items:
 * @self: an #OndThemeSection
 *
 * Returns: (transfer none): the theme's planning rows (#OndPlanItem), as the section lists
 *   them
 */
GListModel *
ond_theme_section_get_plan_items (OndThemeSection *self)
{
  g_return_val_if_fail (OND_IS_THEME_SECTION (self), NULL);

  return G_LIST_MODEL (self->plan_items);
}
