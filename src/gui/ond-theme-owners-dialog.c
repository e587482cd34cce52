/* ond-theme-owners-dialog.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The owners of a theme. The list is read from the store (the theme's owner ids, the
 * partners' names); every change writes the whole new order at once and reads the list
 * again, so the dialog shows what is stored. A partner that was retired after it became an
 * owner stays in the list (marked); the Add Owner menu offers only partners that are not
 * retired and not an owner yet. */

#define G_LOG_DOMAIN "ond-theme-owners-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-conflict-dialog.h"
#include "ond-partner.h"
#include "ond-store-form-conflict.h"
#include "ond-store-themes.h"
#include "ond-theme-owners-dialog.h"

struct _OndThemeOwnersDialog
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  GtkListBox     *owners_list;
  GtkLabel       *error_label;
  GtkMenuButton  *add_button;

  OndStore       *store;
  OndPlan        *plan;
  OndTheme       *theme;
  GListStore     *owners;     /* OndPartner, in order */
  /* The theme as the list was last read: a change is checked against its row version
   * (ond-store-migration-12.c); and the owners the user asked for when it was refused. */
  OndTheme       *opened;
  GArray         *pending;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  PROP_THEME,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndThemeOwnersDialog, ond_theme_owners_dialog, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];

static void
show_error (OndThemeOwnersDialog *self,
            const char           *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* The theme's owner ids as stored now. */
static GArray *
read_owner_ids (OndThemeOwnersDialog  *self,
                GError               **error)
{
  g_autoptr(GListModel) themes = ond_store_list_themes (self->store, ond_plan_get_id (self->plan),
                                                        error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (themes == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OndTheme) theme = g_list_model_get_item (themes, i);
      guint n;
      const gint64 *owner_ids;

      if (ond_theme_get_id (theme) != ond_theme_get_id (self->theme))
        continue;
      g_set_object (&self->opened, theme);
      owner_ids = ond_theme_get_owner_ids (theme, &n);
      if (n > 0)
        g_array_append_vals (ids, owner_ids, n);
    }
  return g_steal_pointer (&ids);
}

static OndPartner *
find_partner (GListModel *partners,
              gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (partners, i);

      if (ond_partner_get_id (partner) == id)
        return g_steal_pointer (&partner);
    }
  return NULL;
}

static void
reload (OndThemeOwnersDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) partners = ond_store_list_partners (self->store, &error);
  g_autoptr(GArray) ids = partners != NULL ? read_owner_ids (self, &error) : NULL;
  g_autoptr(GPtrArray) owners = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GMenu) menu = g_menu_new ();

  if (ids == NULL)
    {
      show_error (self, error->message);
      return;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      OndPartner *partner = find_partner (partners, g_array_index (ids, gint64, i));

      if (partner != NULL)
        g_ptr_array_add (owners, partner);
    }
  g_list_store_splice (self->owners, 0, g_list_model_get_n_items (G_LIST_MODEL (self->owners)),
                       owners->pdata, owners->len);

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (partners, i);
      g_autoptr(GMenuItem) item = NULL;
      gboolean owner = FALSE;

      for (guint j = 0; j < ids->len; j++)
        owner = owner || g_array_index (ids, gint64, j) == ond_partner_get_id (partner);
      if (owner || ond_partner_get_retired (partner))
        continue;
      item = g_menu_item_new (ond_partner_get_name (partner), NULL);
      g_menu_item_set_action_and_target (item, "owners.add", "x", ond_partner_get_id (partner));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (self->add_button, G_MENU_MODEL (menu));
}

static gboolean write_owners (OndThemeOwnersDialog *self,
                              GArray               *ids);

/* The short names of the partners @ids, as the themes list shows owners. */
static char *
owner_names (OndThemeOwnersDialog *self,
             GArray               *ids)
{
  g_autoptr(GListModel) partners = ond_store_list_partners (self->store, NULL);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; partners != NULL && i < ids->len; i++)
    {
      g_autoptr(OndPartner) partner = find_partner (partners, g_array_index (ids, gint64, i));

      if (partner == NULL)
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, ond_partner_get_short_name (partner));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* The theme as read now is the baseline; the owners asked for are written over it, or the
 * list shows its owners (reload ()). */
static void
answer_conflict (GtkWindow *form,
                 gpointer   current,
                 gboolean   overwrite)
{
  OndThemeOwnersDialog *self = OND_THEME_OWNERS_DIALOG (form);
  g_autoptr(GArray) ids = g_steal_pointer (&self->pending);

  g_set_object (&self->opened, current);
  if (overwrite && ids != NULL)
    write_owners (self, ids);
  else
    reload (self);
}

/* Someone else changed the owners after the list was read: asks with what changed. */
static void
show_conflict (OndThemeOwnersDialog *self,
               GArray               *ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndTheme) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *mine = owner_names (self, ids);
  const OndConflictTexts texts = {
    _("Someone Else Changed the Owners"),
    _("The owners of this theme were changed after you opened them, so your last change has "
      "not been saved. This is what changed:"),
    _("The theme was changed after you opened its owners, but not its owners. Your last "
      "change has not been saved."),
  };

  current = ond_store_get_theme (self->store, ond_plan_get_id (self->plan),
                                 ond_theme_get_id (self->theme), &error);
  if (current == NULL)
    {
      show_error (self, error->message);
      return;
    }
  changes = ond_store_compare_theme_owners_edit (self->opened, mine, current);
  g_clear_pointer (&self->pending, g_array_unref);
  self->pending = g_array_ref (ids);
  ond_conflict_dialog_ask (GTK_WINDOW (self), &texts, changes, g_steal_pointer (&current),
                           g_object_unref, answer_conflict);
}

/* Writes @ids as the owners; on a refusal shows why and keeps the list as stored, or asks
 * when someone else changed them since the list was read. */
static gboolean
write_owners (OndThemeOwnersDialog *self,
              GArray               *ids)
{
  g_autoptr(GError) error = NULL;
  OndTheme *baseline = self->opened != NULL ? self->opened : self->theme;
  gint64 version = ond_theme_get_row_version (baseline);

  show_error (self, NULL);
  if (!ond_store_set_theme_owners_edit (self->store, ond_theme_get_id (self->theme), &version,
                                        (const gint64 *) ids->data, ids->len, &error))
    {
      g_message ("The owners were not changed: %s", error->message);
      if (g_error_matches (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT) &&
          self->opened != NULL)
        {
          show_conflict (self, ids);
          return FALSE;
        }
      show_error (self, error->message);
      reload (self);
      return FALSE;
    }
  reload (self);
  return TRUE;
}

static GArray *
current_ids (OndThemeOwnersDialog *self,
             guint                *index,
             gint64                id)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->owners));

  *index = G_MAXUINT;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (G_LIST_MODEL (self->owners), i);
      gint64 partner_id = ond_partner_get_id (partner);

      if (partner_id == id)
        *index = i;
      g_array_append_val (ids, partner_id);
    }
  return ids;
}

/* The sensitive button under @widget that starts @action_name for partner @id. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action_name,
             gint64      id)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_sensitive (widget)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    {
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));

      if (target != NULL && g_variant_get_int64 (target) == id)
        return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action_name, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Gives the keyboard focus to the button of @action_name for partner @id (it moved along
 * with its owner), or else to the Add Owner button. */
static void
focus_button (OndThemeOwnersDialog *self,
              const char           *action_name,
              gint64                id)
{
  GtkWidget *button = find_button (GTK_WIDGET (self->owners_list), action_name, id);

  gtk_widget_grab_focus (button != NULL ? button : GTK_WIDGET (self->add_button));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  OndThemeOwnersDialog *self = OND_THEME_OWNERS_DIALOG (widget);
  gint64 id = g_variant_get_int64 (param);
  int offset = g_str_equal (action_name, "owners.move-up") ? -1 : 1;
  guint index;
  g_autoptr(GArray) ids = current_ids (self, &index, id);
  gint64 swap;

  if (index == G_MAXUINT || (offset < 0 && index == 0) || (offset > 0 && index + 1 >= ids->len))
    return;
  swap = g_array_index (ids, gint64, index);
  g_array_index (ids, gint64, index) = g_array_index (ids, gint64, index + offset);
  g_array_index (ids, gint64, index + offset) = swap;
  if (write_owners (self, ids))
    focus_button (self, action_name, id);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  OndThemeOwnersDialog *self = OND_THEME_OWNERS_DIALOG (widget);
  guint index;
  g_autoptr(GArray) ids = current_ids (self, &index, g_variant_get_int64 (param));

  if (index == G_MAXUINT)
    return;
  g_array_remove_index (ids, index);
  if (write_owners (self, ids))
    gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  OndThemeOwnersDialog *self = OND_THEME_OWNERS_DIALOG (widget);
  gint64 id = g_variant_get_int64 (param);
  guint index;
  g_autoptr(GArray) ids = current_ids (self, &index, id);

  g_array_append_val (ids, id);
  if (write_owners (self, ids))
    gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
}

static GtkWidget *
make_button (const char *icon,
             const char *action_name,
             gint64      id,
             const char *name,
             gboolean    sensitive)
{
  GtkWidget *button = g_object_new (GTK_TYPE_BUTTON,
                                    "icon-name", icon,
                                    "valign", GTK_ALIGN_CENTER,
                                    "tooltip-text", name,
                                    "sensitive", sensitive,
                                    "css-classes", (const char * const []) { "flat", NULL },
                                    NULL);

  /* An actionable button takes its sensitivity from its action: one that cannot be used
   * (the first owner's Move Up) gets no action. */
  if (sensitive)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return button;
}

static GtkWidget *
create_owner_row (gpointer item,
                  gpointer user_data)
{
  OndThemeOwnersDialog *self = user_data;
  OndPartner *partner = item;
  const char *name = ond_partner_get_short_name (partner);
  gint64 id = ond_partner_get_id (partner);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->owners));
  guint index = 0;
  GtkWidget *row = adw_action_row_new ();
  /* Translators: the accessible names of the buttons of a theme owner, e.g. "Move OZHZ Up". */
  g_autofree char *up = g_strdup_printf (_("Move %s Up"), name);
  g_autofree char *down = g_strdup_printf (_("Move %s Down"), name);
  g_autofree char *remove = g_strdup_printf (_("Remove %s"), name);

  g_list_store_find (self->owners, partner, &index);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ond_partner_get_name (partner));
  if (ond_partner_get_retired (partner))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                 _("Retired: stays an owner, but cannot be added again"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             make_button ("go-up-symbolic", "owners.move-up", id, up, index > 0));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             make_button ("go-down-symbolic", "owners.move-down", id, down,
                                          index + 1 < n));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             make_button ("list-remove-symbolic", "owners.remove", id, remove,
                                          TRUE));
  return row;
}

static void
ond_theme_owners_dialog_constructed (GObject *object)
{
  OndThemeOwnersDialog *self = OND_THEME_OWNERS_DIALOG (object);
  GtkWidget *placeholder;

  G_OBJECT_CLASS (ond_theme_owners_dialog_parent_class)->constructed (object);

  g_return_if_fail (self->store != NULL && self->plan != NULL && self->theme != NULL);

  adw_window_title_set_subtitle (self->window_title, ond_theme_get_name (self->theme));
  gtk_window_set_title (GTK_WINDOW (self), _("Theme Owners"));
  placeholder = g_object_new (GTK_TYPE_LABEL,
                              "label", _("No owner assigned"),
                              "margin-top", 12,
                              "margin-bottom", 12,
                              NULL);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->owners_list, placeholder);
  gtk_list_box_bind_model (self->owners_list, G_LIST_MODEL (self->owners), create_owner_row,
                           self, NULL);
  reload (self);
}

static void
ond_theme_owners_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OND_TYPE_THEME_OWNERS_DIALOG);

  G_OBJECT_CLASS (ond_theme_owners_dialog_parent_class)->dispose (object);
}

static void
ond_theme_owners_dialog_finalize (GObject *object)
{
  OndThemeOwnersDialog *self = OND_THEME_OWNERS_DIALOG (object);

  g_clear_object (&self->owners);
  g_clear_object (&self->theme);
  g_clear_object (&self->opened);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_theme_owners_dialog_parent_class)->finalize (object);
}

static void
ond_theme_owners_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  OndThemeOwnersDialog *self = OND_THEME_OWNERS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_THEME:
      g_value_set_object (value, self->theme);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_theme_owners_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  OndThemeOwnersDialog *self = OND_THEME_OWNERS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_THEME:
      self->theme = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_theme_owners_dialog_class_init (OndThemeOwnersDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_theme_owners_dialog_constructed;
  object_class->dispose = ond_theme_owners_dialog_dispose;
  object_class->finalize = ond_theme_owners_dialog_finalize;
  object_class->get_property = ond_theme_owners_dialog_get_property;
  object_class->set_property = ond_theme_owners_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         OND_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The theme whose owners are edited. */
  properties[PROP_THEME] =
    g_param_spec_object ("theme", NULL, NULL,
                         OND_TYPE_THEME,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-theme-owners-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OndThemeOwnersDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, OndThemeOwnersDialog, owners_list);
  gtk_widget_class_bind_template_child (widget_class, OndThemeOwnersDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, OndThemeOwnersDialog, add_button);

  gtk_widget_class_install_action (widget_class, "owners.move-up", "x", move_action);
  gtk_widget_class_install_action (widget_class, "owners.move-down", "x", move_action);
  gtk_widget_class_install_action (widget_class, "owners.remove", "x", remove_action);
  gtk_widget_class_install_action (widget_class, "owners.add", "x", add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ond_theme_owners_dialog_init (OndThemeOwnersDialog *self)
{
  self->owners = g_list_store_new (OND_TYPE_PARTNER);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_theme_owners_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @store: the store to write to
 * @plan: the plan of the theme
 * @theme: the theme whose owners are edited
 *
 * Returns: (transfer full): a new dialog, not yet shown
 */
OndThemeOwnersDialog *
ond_theme_owners_dialog_new (GtkWindow *parent,
                             OndStore  *store,
                             OndPlan   *plan,
                             OndTheme  *theme)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (OND_IS_PLAN (plan), NULL);
  g_return_val_if_fail (OND_IS_THEME (theme), NULL);

  return g_object_new (OND_TYPE_THEME_OWNERS_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "plan", plan,
                       "theme", theme,
                       NULL);
}

/**
 * ond_theme_owners_dialog_get_owners:
 * @self: an #OndThemeOwnersDialog
 *
 * Returns: (transfer none): the owners shown (#OndPartner), first first
 */
GListModel *
ond_theme_owners_dialog_get_owners (OndThemeOwnersDialog *self)
{
  g_return_val_if_fail (OND_IS_THEME_OWNERS_DIALOG (self), NULL);

  return G_LIST_MODEL (self->owners);
}
