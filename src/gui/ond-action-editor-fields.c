/* ond-action-editor-fields.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The rows of the form of an action. The choices come from the store: the plan's pillars
 * and themes, the statuses, the partners that are not retired (and the owner the action
 * has, retired or not: it may keep it), the plan's planning rows as check boxes. Every
 * row the store can refuse has a message row below it (OndFormField). */

#define G_LOG_DOMAIN "ond-action-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-action-editor-private.h"
#include "ond-partner.h"
#include "ond-pillar.h"
#include "ond-plan-item.h"
#include "ond-store-vocabulary.h"
#include "ond-theme.h"

/* The text of an action can be a paragraph: a row with a text area that wraps. */
static void
add_text_area (OndActionEditor *self,
               const char      *title,
               const char      *text)
{
  GtkWidget *row = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                                 "title", title,
                                 "activatable", FALSE,
                                 "focusable", FALSE,
                                 NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *view = g_object_new (GTK_TYPE_TEXT_VIEW,
                                  "wrap-mode", GTK_WRAP_WORD_CHAR,
                                  "accepts-tab", FALSE,
                                  "height-request", 96,
                                  "top-margin", 6,
                                  "bottom-margin", 6,
                                  "left-margin", 6,
                                  "right-margin", 6,
                                  NULL);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (view, "card");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            text != NULL ? text : "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), view);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  ond_form_field_add (self->group, row, &self->text);
  self->text_view = GTK_TEXT_VIEW (view);
}

static guint
find_id (GArray *ids,
         gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return 0;
}

static gboolean
add_pillar_and_theme (OndActionEditor  *self,
                      GError          **error)
{
  gint64 plan_id = ond_plan_get_id (self->plan);
  g_autoptr(GListModel) pillars = ond_store_list_pillars (self->store, plan_id, error);
  g_autoptr(GListModel) themes = NULL;
  g_autoptr(GtkStringList) pillar_choices = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) theme_choices = gtk_string_list_new (NULL);
  gint64 none = 0;

  if (pillars == NULL || (themes = ond_store_list_themes (self->store, plan_id, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (pillars); i++)
    {
      g_autoptr(OndPillar) pillar = g_list_model_get_item (pillars, i);
      gint64 id = ond_pillar_get_id (pillar);

      gtk_string_list_append (pillar_choices, ond_pillar_get_title (pillar));
      g_array_append_val (self->pillar_ids, id);
    }
  ond_form_field_add_combo (self->group, &self->pillar, _("Pillar"), pillar_choices,
                            find_id (self->pillar_ids, self->pillar_id));

  gtk_string_list_append (theme_choices, _("No theme"));
  g_array_append_val (self->theme_ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OndTheme) theme = g_list_model_get_item (themes, i);
      gint64 id = ond_theme_get_id (theme);

      gtk_string_list_append (theme_choices, ond_theme_get_name (theme));
      g_array_append_val (self->theme_ids, id);
    }
  ond_form_field_add_combo (self->group, &self->theme, _("Theme"), theme_choices,
                            find_id (self->theme_ids, self->theme_id));
  return TRUE;
}

static gboolean
add_status (OndActionEditor  *self,
            GError          **error)
{
  g_autoptr(GPtrArray) entries = ond_store_list_vocabulary (self->store, "work_status", error);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  const char *current = self->action != NULL ? ond_action_get_status (self->action) : "gepland";
  guint selected = 0;

  if (entries == NULL)
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      OndVocabularyEntry *entry = g_ptr_array_index (entries, i);

      gtk_string_list_append (choices, entry->label);
      g_ptr_array_add (self->status_codes, g_strdup (entry->code));
      if (g_strcmp0 (entry->code, current) == 0)
        selected = i;
    }
  ond_form_field_add_combo (self->group, &self->status, _("Status"), choices, selected);
  return TRUE;
}

/* The partners that are not retired, and the action's own owner whatever it is now. */
static gboolean
add_owner (OndActionEditor  *self,
           GError          **error)
{
  g_autoptr(GListModel) partners = ond_store_list_partners (self->store, error);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  gint64 current = self->action != NULL ? ond_action_get_owner_id (self->action) : 0;
  gint64 none = 0;

  if (partners == NULL)
    return FALSE;
  gtk_string_list_append (choices, _("No owner"));
  g_array_append_val (self->owner_ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (partners, i);
      gint64 id = ond_partner_get_id (partner);

      if (ond_partner_get_retired (partner) && id != current)
        continue;
      if (ond_partner_get_retired (partner))
        {
          /* Translators: a partner that no longer takes part, in a list of choices. */
          g_autofree char *label = g_strdup_printf (_("%s (retired)"),
                                                    ond_partner_get_name (partner));

          gtk_string_list_append (choices, label);
        }
      else
        gtk_string_list_append (choices, ond_partner_get_name (partner));
      g_array_append_val (self->owner_ids, id);
    }
  ond_form_field_add_combo (self->group, &self->owner, _("Owner"), choices,
                            find_id (self->owner_ids, current));
  return TRUE;
}

static void
update_links_subtitle (OndActionEditor *self)
{
  guint n = 0;
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < self->plan_item_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->plan_item_checks, i)))
      n++;
  subtitle = n == 0 ? g_strdup (_("None linked"))
                    : g_strdup_printf (ngettext ("%u row linked", "%u rows linked", n), n);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->plan_items.field), subtitle);
}

static gboolean
add_plan_items (OndActionEditor  *self,
                GError          **error)
{
  g_autoptr(GListModel) items = ond_store_list_plan_items (self->store,
                                                           ond_plan_get_id (self->plan), error);
  GtkWidget *expander;

  if (items == NULL)
    return FALSE;

  expander = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Linked planning rows"));
  ond_form_field_add (self->planning_group, expander, &self->plan_items);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (items, i);
      gint64 id = ond_plan_item_get_id (item);
      /* Translators: a planning row to link: its year, period and what it says. */
      g_autofree char *title = g_strdup_printf (_("%d %s · %s"), ond_plan_item_get_year (item),
                                                ond_plan_item_get_period_label (item),
                                                ond_plan_item_get_what (item));
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   self->action != NULL
                                   && ond_action_has_plan_item (self->action, id));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                      -1);
      g_signal_connect_object (check, "toggled", G_CALLBACK (update_links_subtitle), self,
                               G_CONNECT_SWAPPED);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
      g_ptr_array_add (self->plan_item_checks, check);
      g_array_append_val (self->plan_item_ids, id);
    }
  update_links_subtitle (self);
  return TRUE;
}

gboolean
_ond_action_editor_build_fields (OndActionEditor  *self,
                                 GError          **error)
{
  add_text_area (self, _("Text"),
                 self->action != NULL ? ond_action_get_text (self->action) : NULL);
  /* A new action's Add is the default; an existing action's form has no such button. */
  ond_form_field_add_entry (self->group, &self->heading, _("Group heading"),
                            self->group_heading, self->action == NULL);
  return add_pillar_and_theme (self, error)
         && add_status (self, error)
         && add_owner (self, error)
         && add_plan_items (self, error);
}

void
_ond_action_editor_fill_fields (OndActionEditor *self,
                                OndAction       *action)
{
  guint status = 0;

  g_return_if_fail (OND_IS_ACTION (action));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view),
                            ond_action_get_text (action), -1);
  gtk_editable_set_text (GTK_EDITABLE (self->heading.field),
                         ond_action_get_group_heading (action));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->pillar.field),
                              find_id (self->pillar_ids, ond_action_get_pillar_id (action)));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->theme.field),
                              find_id (self->theme_ids, ond_action_get_theme_id (action)));
  for (guint i = 0; i < self->status_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->status_codes, i),
                   ond_action_get_status (action)) == 0)
      status = i;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->status.field), status);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->owner.field),
                              find_id (self->owner_ids, ond_action_get_owner_id (action)));
  for (guint i = 0; i < self->plan_item_checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->plan_item_checks, i),
                                 ond_action_has_plan_item (action,
                                                           g_array_index (self->plan_item_ids,
                                                                          gint64, i)));
}
