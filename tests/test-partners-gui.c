/* test-partners-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The "Partners & Interventions" section of the main window, on a freshly seeded
 * database, driven as a user would: the partner's form filled in and added, a duplicate
 * name refused below the name (nothing written), a partner changed in place. The form of a
 * partner that exists has no Save: a choice is saved at once (the form stays open and keeps
 * the keyboard while the list behind is read again), typed text when the form closes or
 * the main window is closed with the form open; a name another partner has, or a blank
 * short name, is refused below its field without taking the keyboard, and the partner keeps
 * its last saved name and short name. The Politie,
 * owner of two themes, cannot be deleted: the view says so and retires it instead, and it
 * stays in the list, marked; a cell of the menukaart ticked keeps the keyboard and is
 * still ticked after the database is opened again; an unused partner deleted after
 * confirming and brought back by Undo with its id and place; an intervention added,
 * refused under a name the menukaart has, renamed; and on a read-only file nothing can be
 * started. The menus of the rows are used through their models: the item with the label
 * the user reads starts its action. Runs on a display: xvfb-run in CI. */

#include "config.h"

#include <adwaita.h>

#include "ond-gui-test-util.h"
#include "ond-intervention-name-dialog.h"
#include "ond-partner-editor.h"
#include "ond-partner-row.h"
#include "ond-partners-view.h"
#include "ond-store-partners.h"
#include "ond-test-util.h"

#define SECTION "Partners & Interventions"
#define OZHZ "Omgevingsdienst Zuid Holland Zuid"
#define POLITIE "Basisteam politie Drechtsteden Binnen"

/* Shows @page ("Partners", "Menu of Interventions") of the view by its button in the view
 * switcher. */
static void
show_page (OndPartnersView *view,
           const char      *page)
{
  g_autoptr(GPtrArray) toggles = find_all (GTK_WIDGET (view), GTK_TYPE_TOGGLE_BUTTON);
  gboolean found = FALSE;

  for (guint i = 0; i < toggles->len; i++)
    {
      GtkWidget *toggle = g_ptr_array_index (toggles, i);

      if (gtk_widget_get_mapped (toggle) && has_label (toggle, page))
        {
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
          found = TRUE;
        }
    }
  g_assert_true (found);
  run_until_idle ();
}

/* The section, chosen in the sidebar, with @page shown. */
static OndPartnersView *
choose_partners (OndWindow  *window,
                 const char *page)
{
  OndPartnersView *view = gui_choose_section (window, SECTION, OND_TYPE_PARTNERS_VIEW);

  show_page (view, page);
  return view;
}

static GtkColumnView *
matrix (OndPartnersView *view)
{
  GtkColumnView *table = find_first (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW);

  g_assert_nonnull (table);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (table)));
  return table;
}

static OndPartnerRow *
partner_row (OndPartnersView *view,
             const char      *name)
{
  return find_row (GTK_WIDGET (view), OND_TYPE_PARTNER_ROW, name);
}

/* The item labelled @label of a menu model, its sections included: its action and target. */
static gboolean
find_menu_item (GMenuModel  *model,
                const char  *label,
                char       **action,
                GVariant   **target)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *item_label = NULL;
      g_autoptr(GMenuModel) section = NULL;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &item_label) &&
          g_strcmp0 (item_label, label) == 0)
        {
          g_assert_true (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s",
                                                          action));
          *target = g_menu_model_get_item_attribute_value (model, i, G_MENU_ATTRIBUTE_TARGET,
                                                           NULL);
          return TRUE;
        }
      section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      if (section != NULL && find_menu_item (section, label, action, target))
        return TRUE;
    }
  return FALSE;
}

/* Whether the menu of the menu button under @root (shown) offers @label. */
static gboolean
menu_offers (GtkWidget  *root,
             const char *label)
{
  GtkMenuButton *button = find_first (root, GTK_TYPE_MENU_BUTTON);
  g_autofree char *action = NULL;
  g_autoptr(GVariant) target = NULL;

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (button)));
  return find_menu_item (gtk_menu_button_get_menu_model (button), label, &action, &target);
}

/* Chooses @label in the menu of the menu button under @root, as a click on it does: its
 * action, with its target, from the menu button. */
static void
choose_in_menu (GtkWidget  *root,
                const char *label)
{
  GtkMenuButton *button = find_first (root, GTK_TYPE_MENU_BUTTON);
  g_autofree char *action = NULL;
  g_autoptr(GVariant) target = NULL;

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (button)));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (button)));
  if (!find_menu_item (gtk_menu_button_get_menu_model (button), label, &action, &target))
    g_error ("the menu offers no “%s”", label);
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (button), action, target));
  run_until_idle ();
}

/* The form of the partner named @name, opened from its row as Enter or a click does. */
static OndPartnerEditor *
open_partner_form (OndPartnersView *view,
                   const char      *name)
{
  OndPartnerRow *row = partner_row (view, name);
  OndPartnerEditor *editor;

  g_assert_nonnull (row);
  gtk_widget_activate (GTK_WIDGET (row));
  run_until_idle ();
  editor = find_dialog (OND_TYPE_PARTNER_EDITOR);
  g_assert_nonnull (editor);
  g_assert_cmpstr (ond_partner_get_name (ond_partner_editor_get_partner (editor)), ==, name);
  return editor;
}

/* The partner of the store named @name, or NULL. */
static OndPartner *
store_partner (OndStore   *store,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) partners = ond_store_list_partners (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (partners, i);

      if (g_strcmp0 (ond_partner_get_name (partner), name) == 0)
        return g_steal_pointer (&partner);
    }
  return NULL;
}

/* The partner of the store named @name, which must be there (transfer full). */
static OndPartner *
stored_partner (OndStore   *store,
                const char *name)
{
  OndPartner *partner = store_partner (store, name);

  g_assert_nonnull (partner);
  return partner;
}

/* The partner of the store named @name, checked to be @partner still: the same id
 * (transfer full). */
static OndPartner *
same_partner (OndStore   *store,
              const char *name,
              OndPartner *partner)
{
  OndPartner *stored = stored_partner (store, name);

  g_assert_cmpint (ond_partner_get_id (stored), ==, ond_partner_get_id (partner));
  return stored;
}

/* The switch of the row "Member of the regiegroep" of a partner's form. */
static GtkSwitch *
regiegroep_switch (OndPartnerEditor *editor)
{
  GtkSwitch *regiegroep = find_first (find_row (GTK_WIDGET (editor), ADW_TYPE_ACTION_ROW,
                                                "Member of the regiegroep"),
                                      GTK_TYPE_SWITCH);

  g_assert_nonnull (regiegroep);
  return regiegroep;
}

static guint
n_partners (OndStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) partners = ond_store_list_partners (store, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (partners);
}

static OndIntervention *
store_intervention (OndStore   *store,
                    const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) interventions = ond_store_list_interventions (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (interventions); i++)
    {
      g_autoptr(OndIntervention) intervention = g_list_model_get_item (interventions, i);

      if (g_strcmp0 (ond_intervention_get_name (intervention), name) == 0)
        return g_steal_pointer (&intervention);
    }
  return NULL;
}

/* The check button of a cell, by its name (also its tooltip), or NULL. */
static GtkCheckButton *
cell (GtkColumnView *table,
      const char    *name)
{
  g_autoptr(GPtrArray) checks = find_all (GTK_WIDGET (table), GTK_TYPE_CHECK_BUTTON);

  for (guint i = 0; i < checks->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (checks, i);

      if (gtk_widget_get_mapped (check) &&
          g_strcmp0 (gtk_widget_get_tooltip_text (check), name) == 0)
        {
          g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (check),
                                                             GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                             name));
          return GTK_CHECK_BUTTON (check);
        }
    }
  return NULL;
}

/* A partner added through its form; a name the list has (apart from case) refused below
 * the name and a short name it has below the short name, nothing written; the partner
 * changed through its row, which stays the same row. */
static void
test_add_partner (GuiFixture    *f,
                  gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPartnersView *view = choose_partners (window, "Partners");
  guint before = n_partners (store);
  g_autoptr(OndPartner) added = NULL;
  OndPartnerEditor *editor;
  OndPartnerRow *row;
  GtkWidget *external;

  editor = click_for_dialog (find_button (GTK_WIDGET (view), "_Add Partner…"),
                             OND_TYPE_PARTNER_EDITOR);
  type_text (form_entry (editor, "Name"), "Brandweer Zuid-Holland Zuid");
  type_text (form_entry (editor, "Short name"), "Brandweer");
  choose (form_combo (editor, "Kind"), "Extern");
  gtk_switch_set_active (regiegroep_switch (editor), TRUE);
  type_text (form_entry (editor, "Contact role (optional)"), "Adviseur risicobeheersing");
  click_response (editor, "_Add");

  g_assert_cmpuint (n_partners (store), ==, before + 1);
  added = store_partner (store, "Brandweer Zuid-Holland Zuid");
  g_assert_nonnull (added);
  g_assert_cmpstr (ond_partner_get_short_name (added), ==, "Brandweer");
  g_assert_cmpstr (ond_partner_get_kind (added), ==, "extern");
  g_assert_true (ond_partner_get_regiegroep (added));
  g_assert_cmpstr (ond_partner_get_contact_role (added), ==, "Adviseur risicobeheersing");
  row = partner_row (view, "Brandweer Zuid-Holland Zuid");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
  /* In the list of external partners, last; the keyboard is on it. */
  external = gtk_widget_get_ancestor (GTK_WIDGET (row), GTK_TYPE_LIST_BOX);
  g_assert_true (gtk_widget_get_last_child (external) == GTK_WIDGET (row));
  g_assert_nonnull (find_row (external, OND_TYPE_PARTNER_ROW, POLITIE));
  g_assert_true (is_focus_within (GTK_WIDGET (row)));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Brandweer · Adviseur risicobeheersing");

  /* The OZHZ's name again, in other letters: refused below the name. */
  editor = click_for_dialog (find_button (GTK_WIDGET (view), "_Add Partner…"),
                             OND_TYPE_PARTNER_EDITOR);
  type_text (form_entry (editor, "Name"), "omgevingsdienst zuid holland ZUID");
  type_text (form_entry (editor, "Short name"), "OD");
  click (find_button (GTK_WIDGET (editor), "_Add"));
  assert_field_message (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Name",
                        "There is already a partner “" OZHZ "”");
  g_assert_cmpuint (n_partners (store), ==, before + 1);
  /* A short name in use: below the short name; the name is no longer marked. */
  type_text (form_entry (editor, "Name"), "Omgevingsdienst Haaglanden");
  type_text (form_entry (editor, "Short name"), "ozhz");
  click (find_button (GTK_WIDGET (editor), "_Add"));
  assert_field_message (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Short name", "OZHZ");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (form_entry (editor, "Name")), "error"));
  g_assert_cmpuint (n_partners (store), ==, before + 1);
  click_response (editor, "_Cancel");
  g_assert_null (store_partner (store, "Omgevingsdienst Haaglanden"));

  /* Changed through its row (activating it opens the form): the same row shows it. */
  gtk_widget_activate (GTK_WIDGET (row));
  run_until_idle ();
  editor = find_dialog (OND_TYPE_PARTNER_EDITOR);
  g_assert_nonnull (editor);
  g_assert_true (ond_partner_editor_get_partner (editor) != NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (form_entry (editor, "Name"))), ==,
                   "Brandweer Zuid-Holland Zuid");
  type_text (form_entry (editor, "Contact role (optional)"), "Officier van dienst");
  /* No Save: what was typed is saved as the window's close button closes the form. */
  click (assert_saves_at_once (editor, "Edit Partner"));
  g_assert_null (find_window (OND_TYPE_PARTNER_EDITOR));
  g_assert_true (partner_row (view, "Brandweer Zuid-Holland Zuid") == row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Brandweer · Officier van dienst");
  g_clear_object (&added);
  added = store_partner (store, "Brandweer Zuid-Holland Zuid");
  g_assert_cmpstr (ond_partner_get_contact_role (added), ==, "Officier van dienst");

  gui_close_window (window, store);
}

/* A choice in the form of a partner that exists: in the store at once, without a button;
 * the form stays open with the keyboard where it was while the list behind is read again
 * (the partner moves to the list of its new kind). */
static void
test_auto_save_choice (GuiFixture    *f,
                       gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPartnersView *view = choose_partners (window, "Partners");
  g_autoptr(OndPartner) ozhz = stored_partner (store, OZHZ);
  g_autoptr(OndPartner) saved = NULL;
  OndPartnerEditor *editor;
  GtkWidget *close_button;
  GtkWidget *focus;

  g_assert_true (ond_partner_get_regiegroep (ozhz));
  g_assert_cmpstr (ond_partner_get_kind (ozhz), ==, "extern");
  editor = open_partner_form (view, OZHZ);
  close_button = assert_saves_at_once (editor, "Edit Partner");
  focus = gtk_root_get_focus (GTK_ROOT (editor));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (form_entry (editor, "Name"))));

  gtk_switch_set_active (regiegroep_switch (editor), FALSE);
  saved = same_partner (store, OZHZ, ozhz);
  g_assert_false (ond_partner_get_regiegroep (saved));

  choose (form_combo (editor, "Kind"), "RIEC-convenantpartner");
  g_clear_object (&saved);
  saved = same_partner (store, OZHZ, ozhz);
  g_assert_cmpstr (ond_partner_get_kind (saved), ==, "riec");
  g_assert_false (ond_partner_get_regiegroep (saved));
  /* The list behind has it, among the RIEC-convenantpartners; the form is untouched. */
  run_until_idle ();
  g_assert_nonnull (partner_row (view, OZHZ));
  g_assert_nonnull (find_row (gtk_widget_get_ancestor (GTK_WIDGET (partner_row (view, OZHZ)),
                                                       GTK_TYPE_LIST_BOX),
                              OND_TYPE_PARTNER_ROW, "Openbaar Ministerie Rotterdam"));
  g_assert_true (find_window (OND_TYPE_PARTNER_EDITOR) == editor);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (editor)) == focus);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (form_entry (editor, "Name"))), ==, OZHZ);

  /* Closed: the keyboard is back on the partner's row, in its new list. */
  click (close_button);
  run_until_idle ();
  g_assert_null (find_window (OND_TYPE_PARTNER_EDITOR));
  g_assert_true (is_focus_within (GTK_WIDGET (partner_row (view, OZHZ))));
  gui_close_window (window, store);
}

/* Text typed and the form closed at once, before the pause after typing: in the store. */
static void
test_auto_save_close (GuiFixture    *f,
                      gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPartnersView *view = choose_partners (window, "Partners");
  g_autoptr(OndPartner) ozhz = stored_partner (store, OZHZ);
  g_autoptr(OndPartner) saved = NULL;
  OndPartnerEditor *editor = open_partner_form (view, OZHZ);

  type_text (form_entry (editor, "Short name"), "OD ZHZ");
  close_form (editor);

  saved = same_partner (store, OZHZ, ozhz);
  g_assert_cmpstr (ond_partner_get_short_name (saved), ==, "OD ZHZ");
  gui_close_window (window, store);
}

/* Text typed and the main window closed with the form open: the form closes with it, and
 * the text is in the file, read by a new store. */
static void
test_auto_save_main_window (GuiFixture    *f,
                            gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPartnersView *view = choose_partners (window, "Partners");
  g_autoptr(OndPartner) ozhz = stored_partner (store, OZHZ);
  g_autoptr(OndPartner) saved = NULL;
  OndPartnerEditor *editor;

  g_assert_cmpstr (ond_partner_get_contact_role (ozhz), !=, "Toezichthouder milieu");
  editor = open_partner_form (view, OZHZ);
  type_text (form_entry (editor, "Contact role (optional)"), "Toezichthouder milieu");
  gui_close_window_with_form (window, store, editor);

  store = gui_open_store (f->path);
  saved = same_partner (store, OZHZ, ozhz);
  g_assert_cmpstr (ond_partner_get_contact_role (saved), ==, "Toezichthouder milieu");
  ond_store_close (store);
  g_assert_finalize_object (store);
}

/* The Politie's name typed into the OZHZ's form (other letters): refused below the name,
 * where the user types on, nothing selected; the OZHZ keeps its name. A blank short name:
 * below the short name, the OZHZ keeps "OZHZ". */
static void
test_auto_save_refused (GuiFixture    *f,
                        gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPartnersView *view = choose_partners (window, "Partners");
  g_autoptr(OndPartner) ozhz = stored_partner (store, OZHZ);
  g_autoptr(OndPartner) saved = NULL;
  guint before = n_partners (store);
  OndPartnerEditor *editor = open_partner_form (view, OZHZ);
  AdwEntryRow *name = form_entry (editor, "Name");

  gtk_widget_grab_focus (GTK_WIDGET (name));
  type_text (name, "basisteam POLITIE drechtsteden binnen");
  wait_past_typing_pause ();
  assert_field_message (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Name",
                        "There is already a partner “" POLITIE "”");
  g_assert_true (is_focus_within (GTK_WIDGET (name)));
  g_assert_false (gtk_editable_get_selection_bounds (GTK_EDITABLE (name), NULL, NULL));
  saved = same_partner (store, OZHZ, ozhz);
  g_assert_cmpuint (n_partners (store), ==, before);

  /* A free name, and the short name blank: refused below the short name; the form is saved
   * whole or not at all, so the name is not written either. */
  type_text (name, OZHZ " (regio)");
  type_text (form_entry (editor, "Short name"), "  ");
  wait_past_typing_pause ();
  assert_field_message (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Short name",
                        "A partner needs a short name");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (name), "error"));
  g_clear_object (&saved);
  saved = same_partner (store, OZHZ, ozhz);
  g_assert_cmpstr (ond_partner_get_short_name (saved), ==, "OZHZ");
  g_assert_null (store_partner (store, OZHZ " (regio)"));

  /* Closed: what was refused stays unwritten. */
  close_form (editor);
  g_clear_object (&saved);
  saved = same_partner (store, OZHZ, ozhz);
  g_assert_cmpstr (ond_partner_get_short_name (saved), ==, "OZHZ");
  g_assert_cmpuint (n_partners (store), ==, before);
  gui_close_window (window, store);
}

/* The Politie owns two themes and is on the menukaart: Delete says why it cannot be
 * deleted and offers Retire. Retired, it stays in the list, marked, with Bring Back in its
 * menu; on the menukaart its column says so and its empty cells cannot be set. */
static void
test_retire_in_use (GuiFixture    *f,
                    gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPartnersView *view = choose_partners (window, "Partners");
  OndPartnerRow *row = partner_row (view, POLITIE);
  guint before = n_partners (store);
  g_autoptr(OndPartner) politie = NULL;
  AdwMessageDialog *dialog;
  GtkColumnView *table;
  GtkCheckButton *check;

  g_assert_nonnull (row);
  g_assert_false (has_label (GTK_WIDGET (row), "No longer active"));
  g_assert_true (menu_offers (GTK_WIDGET (row), "_Retire"));
  choose_in_menu (GTK_WIDGET (row), "_Delete…");
  dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Partner in Use");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "2 themes it owns"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Retire it instead"));
  g_assert_null (find_button_named (GTK_WIDGET (dialog), "_Delete"));
  click_response (dialog, "_Retire");

  g_assert_cmpuint (n_partners (store), ==, before);
  politie = store_partner (store, POLITIE);
  g_assert_true (ond_partner_get_retired (politie));
  row = partner_row (view, POLITIE);
  g_assert_nonnull (row);
  g_assert_true (has_label (GTK_WIDGET (row), "No longer active"));
  g_assert_true (menu_offers (GTK_WIDGET (row), "_Bring Back"));
  g_assert_false (menu_offers (GTK_WIDGET (row), "_Retire"));

  /* Still named on the menukaart, where it can no longer be given an intervention. */
  view = choose_partners (window, "Menu of Interventions");
  table = matrix (view);
  check = cell (table, "Politie can carry out TRACK netwerktekening opvragen");
  g_assert_nonnull (check);
  g_assert_true (gtk_check_button_get_active (check));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (check)));
  check = cell (table, "Politie can carry out BRP controle");
  g_assert_nonnull (check);
  g_assert_false (gtk_check_button_get_active (check));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (check)));
  {
    GListModel *columns = gtk_column_view_get_columns (table);
    gboolean titled = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
      {
        g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

        titled |= g_strcmp0 (gtk_column_view_column_get_title (column), "Politie (retired)") == 0;
      }
    g_assert_true (titled);
  }

  /* Brought back. */
  view = choose_partners (window, "Partners");
  choose_in_menu (GTK_WIDGET (partner_row (view, POLITIE)), "_Bring Back");
  g_clear_object (&politie);
  politie = store_partner (store, POLITIE);
  g_assert_false (ond_partner_get_retired (politie));
  g_assert_false (has_label (GTK_WIDGET (partner_row (view, POLITIE)), "No longer active"));

  gui_close_window (window, store);
}

/* A cell ticked: written at once, the keyboard stays on it; after the database is opened
 * again it is still ticked. */
static void
test_matrix_cell (GuiFixture    *f,
                  gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPartnersView *view = choose_partners (window, "Menu of Interventions");
  GtkColumnView *table = matrix (view);
  g_autoptr(OndIntervention) brp = NULL;
  gint64 ozhz_id;
  GtkCheckButton *check;

  /* BRP controle: the Gemeente only (section 8). */
  brp = store_intervention (store, "BRP controle");
  {
    g_autoptr(OndPartner) ozhz = store_partner (store, OZHZ);

    ozhz_id = ond_partner_get_id (ozhz);
  }
  g_assert_false (ond_intervention_has_partner (brp, ozhz_id));
  check = cell (table, "OZHZ can carry out BRP controle");
  g_assert_nonnull (check);
  g_assert_false (gtk_check_button_get_active (check));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (check)));

  /* Tab from the menu of the intervention's row reaches its cells, in column order. */
  {
    GtkWidget *row = find_table_row (table, "BRP controle");
    GtkWidget *menu_button = find_first (row, GTK_TYPE_MENU_BUTTON);
    GtkWindow *root = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (table)));

    g_assert_true (gtk_widget_grab_focus (menu_button));
    g_assert_true (is_focus_within (menu_button));
    g_assert_true (gtk_widget_child_focus (GTK_WIDGET (root), GTK_DIR_TAB_FORWARD));
    g_assert_true (gtk_window_get_focus (root) ==
                   GTK_WIDGET (cell (table, "Gemeente can carry out BRP controle")));
    g_assert_true (gtk_widget_child_focus (GTK_WIDGET (root), GTK_DIR_TAB_FORWARD));
    g_assert_true (gtk_widget_child_focus (GTK_WIDGET (root), GTK_DIR_TAB_FORWARD));
    g_assert_true (gtk_window_get_focus (root) == GTK_WIDGET (check));
  }
  gtk_widget_activate (GTK_WIDGET (check));
  run_until_idle ();
  g_assert_true (gtk_check_button_get_active (check));
  /* The focus stays on the cell: the window's focus widget, whether or not the X server has
   * the window active at this moment (a loaded machine can take that away). */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (check)))) ==
                 GTK_WIDGET (check));
  g_clear_object (&brp);
  brp = store_intervention (store, "BRP controle");
  g_assert_true (ond_intervention_has_partner (brp, ozhz_id));
  g_assert_cmpstr (ond_intervention_get_partners (brp), ==, "Gemeente, OZHZ");

  gui_close_window (window, store);

  /* The database opened again. */
  store = gui_open_store (f->path);
  window = gui_show_window (f->app, store, f->settings);
  view = choose_partners (window, "Menu of Interventions");
  table = matrix (view);
  check = cell (table, "OZHZ can carry out BRP controle");
  g_assert_nonnull (check);
  g_assert_true (gtk_check_button_get_active (check));
  check = cell (table, "Gemeente can carry out BRP controle");
  g_assert_nonnull (check);
  g_assert_true (gtk_check_button_get_active (check));
  check = cell (table, "SDD can carry out BRP controle");
  g_assert_nonnull (check);
  g_assert_false (gtk_check_button_get_active (check));

  gui_close_window (window, store);
}

/* An unused partner deleted after confirming, and back through the toast's Undo: the same
 * id, place and fields. */
static void
test_delete_undo (GuiFixture    *f,
                  gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndPartnerFields fields = { "Kustwacht Nederland", "Kustwacht", "riec", FALSE, "Liaison" };
  g_autoptr(GError) error = NULL;
  gint64 id = ond_store_add_partner (store, &fields, &error);
  g_autoptr(OndPartner) back = NULL;
  guint before = n_partners (store);
  OndWindow *window;
  OndPartnersView *view;
  AdwMessageDialog *dialog;
  AdwToastOverlay *overlay;
  int position;

  g_assert_no_error (error);
  {
    g_autoptr(OndPartner) kustwacht = store_partner (store, "Kustwacht Nederland");

    position = ond_partner_get_position (kustwacht);
  }
  window = gui_show_window (f->app, store, f->settings);
  view = choose_partners (window, "Partners");
  g_assert_nonnull (partner_row (view, "Kustwacht Nederland"));

  choose_in_menu (GTK_WIDGET (partner_row (view, "Kustwacht Nederland")), "_Delete…");
  dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete Partner?");
  click_response (dialog, "_Delete");
  g_assert_cmpuint (n_partners (store), ==, before - 1);
  g_assert_null (store_partner (store, "Kustwacht Nederland"));
  g_assert_null (partner_row (view, "Kustwacht Nederland"));

  overlay = find_first (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY);
  g_assert_true (has_label (GTK_WIDGET (overlay), "Partner “Kustwacht Nederland” deleted"));
  click (find_button (GTK_WIDGET (overlay), "_Undo"));
  run_until_idle ();
  g_assert_cmpuint (n_partners (store), ==, before);
  back = store_partner (store, "Kustwacht Nederland");
  g_assert_nonnull (back);
  g_assert_cmpint (ond_partner_get_id (back), ==, id);
  g_assert_cmpint (ond_partner_get_position (back), ==, position);
  g_assert_cmpstr (ond_partner_get_contact_role (back), ==, "Liaison");
  g_assert_nonnull (partner_row (view, "Kustwacht Nederland"));
  /* Undo took it back once: the toast is gone with its copy. */
  g_assert_null (find_button (GTK_WIDGET (overlay), "_Undo"));

  gui_close_window (window, store);
}

/* An intervention added through its form (a name the menukaart has refused below the name),
 * shown as a row of the table, renamed through its menu. */
static void
test_interventions (GuiFixture    *f,
                    gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPartnersView *view = choose_partners (window, "Menu of Interventions");
  GtkColumnView *table = matrix (view);
  guint rows = g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (table)));
  g_autoptr(OndIntervention) added = NULL;
  OndInterventionNameDialog *dialog;
  GtkWidget *row;

  dialog = click_for_dialog (find_button (GTK_WIDGET (view), "Add _Intervention…"),
                             OND_TYPE_INTERVENTION_NAME_DIALOG);
  type_text (form_entry (dialog, "Name"), "brp CONTROLE");
  click (find_button (GTK_WIDGET (dialog), "_Add"));
  assert_field_message (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Name", "BRP controle");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (table))),
                    ==, rows);
  type_text (form_entry (dialog, "Name"), "Bibob-toets");
  click_response (dialog, "_Add");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (table))),
                    ==, rows + 1);
  added = store_intervention (store, "Bibob-toets");
  g_assert_nonnull (added);
  g_assert_cmpstr (ond_intervention_get_partners (added), ==, "");

  row = find_table_row (table, "Bibob-toets");
  g_assert_nonnull (row);
  choose_in_menu (row, "_Rename…");
  dialog = find_dialog (OND_TYPE_INTERVENTION_NAME_DIALOG);
  g_assert_nonnull (dialog);
  type_text (form_entry (dialog, "Name"), "Bibob-toets (lokaal)");
  click_response (dialog, "_Rename");
  g_assert_nonnull (find_table_row (table, "Bibob-toets (lokaal)"));
  g_assert_nonnull (cell (table, "Politie can carry out Bibob-toets (lokaal)"));
  g_clear_object (&added);
  added = store_intervention (store, "Bibob-toets (lokaal)");
  g_assert_nonnull (added);

  gui_close_window (window, store);
}

/* On a read-only file nothing can be started: no add button works, the rows have no menu
 * and the cells cannot be changed. (The view on its own, in a plain window.) */
static void
test_read_only (GuiFixture    *f,
                gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndPartnersView *view = OND_PARTNERS_VIEW (ond_partners_view_new ());
  GtkWindow *window;
  GtkCheckButton *check;
  OndPartnerRow *row;
  g_autofree char *after = NULL;

  store = gui_reopen_read_only (f, store);
  ond_partners_view_set_store (view, store);
  window = show_in_window (GTK_WIDGET (view));
  show_page (view, "Partners");
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (view), "_Add Partner…")));
  row = partner_row (view, OZHZ);
  g_assert_nonnull (row);
  g_assert_false (gtk_widget_get_visible (find_first (GTK_WIDGET (row), GTK_TYPE_MENU_BUTTON)));
  g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  /* The action is off: started anyway, it writes nothing (the file is checked below). */
  gtk_widget_activate_action (GTK_WIDGET (row), "partners.retire", "x",
                              ond_partner_get_id (ond_partner_row_get_partner (row)));
  run_until_idle ();
  g_assert_false (has_label (GTK_WIDGET (row), "No longer active"));

  show_page (view, "Menu of Interventions");
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (view),
                                                        "Add _Intervention…")));
  check = cell (matrix (view), "Gemeente can carry out BRP controle");
  g_assert_nonnull (check);
  g_assert_true (gtk_check_button_get_active (check));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (check)));

  destroy_window (window);
  ond_store_close (store);
  g_assert_finalize_object (store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (f->checksum, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "Partners");
  gui_test_add ("/ond/partners-gui/add-partner", test_add_partner);
  gui_test_add ("/ond/partners-gui/auto-save-choice", test_auto_save_choice);
  gui_test_add ("/ond/partners-gui/auto-save-close", test_auto_save_close);
  gui_test_add ("/ond/partners-gui/auto-save-main-window", test_auto_save_main_window);
  gui_test_add ("/ond/partners-gui/auto-save-refused", test_auto_save_refused);
  gui_test_add ("/ond/partners-gui/retire-in-use", test_retire_in_use);
  gui_test_add ("/ond/partners-gui/matrix-cell", test_matrix_cell);
  gui_test_add ("/ond/partners-gui/delete-undo", test_delete_undo);
  gui_test_add ("/ond/partners-gui/interventions", test_interventions);
  gui_test_add ("/ond/partners-gui/read-only", test_read_only);
  return gui_test_run ();
}
