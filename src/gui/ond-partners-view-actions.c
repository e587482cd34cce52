/* ond-partners-view-actions.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The actions of the partners view. partners.add and partners.edit (x: the partner's id)
 * open the partner's form; partners.move-up and .move-down (x) move it among its kind;
 * partners.retire and .bring-back (x) retire it or bring it back; partners.delete (x) asks
 * first. The menukaart's: menukaart.add and .rename (x) open the form of an intervention's
 * name, menukaart.retire, .bring-back and .delete (x) do as for a partner, and
 * menukaart.show-partner (x) gives a partner a column. A partner or intervention that
 * records refer to cannot be deleted: instead of the question the view says so (the
 * store's words) and offers to retire it. One that was deleted comes back from the toast's
 * Undo as it was (its id, place and fields; an intervention with its cells). Only the last
 * deletion can be undone. On a read-only file every action is off. */

#define G_LOG_DOMAIN "ond-partners-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-delete-undo.h"
#include "ond-intervention-name-dialog.h"
#include "ond-partner-editor.h"
#include "ond-partners-view-private.h"
#include "ond-store-partners.h"

static const char * const actions[] = {
  "partners.add", "partners.edit", "partners.move-up", "partners.move-down",
  "partners.retire", "partners.bring-back", "partners.delete",
  "menukaart.add", "menukaart.rename", "menukaart.retire", "menukaart.bring-back",
  "menukaart.delete", "menukaart.show-partner",
};

void
_ond_partners_view_update_actions (OndPartnersView *self)
{
  gboolean writable = _ond_partners_view_is_writable (self);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], writable);
}

static GtkWindow *
get_window (OndPartnersView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* A toast that says what was done (without Undo); @message is markup (libadwaita 1.2
 * parses a toast's title), its names escaped. */
static void
show_info (OndPartnersView *self,
           const char      *message)
{
  AdwToast *toast = adw_toast_new (message);

  ond_delete_undo_add_toast (GTK_WIDGET (self), &self->info_toast, self->undo_toast, toast);
}

/* The forms. */

/* A partner added: the form has closed, and the keyboard goes to its row. A change of a
 * partner that exists saved: its form stays open and keeps the keyboard; the list shows the
 * change. Not while the window closes with the form open (the form saves what waits then). */
static void
on_partner_saved_cb (OndPartnersView  *self,
                     gint64            id,
                     OndPartnerEditor *editor)
{
  if (gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    return;
  _ond_partners_view_reload (self);
  if (ond_partner_editor_get_partner (editor) == NULL)
    _ond_partners_view_focus_partner (self, id);
}

/* The form of a partner that exists closed by the user (its last change saved first): the
 * keyboard goes back to the partner's row, also when the row moved to another kind. */
static gboolean
on_partner_editor_close_cb (OndPartnersView  *self,
                            OndPartnerEditor *editor)
{
  OndPartner *partner = ond_partner_editor_get_partner (editor);

  if (partner != NULL && gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    _ond_partners_view_focus_partner (self, ond_partner_get_id (partner));
  return FALSE;
}

static void
open_partner_editor (OndPartnersView *self,
                     OndPartner      *partner)
{
  OndPartnerEditor *editor;

  if (!_ond_partners_view_is_writable (self))
    return;
  editor = ond_partner_editor_new (get_window (self), self->store, partner);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_partner_saved_cb), self,
                           G_CONNECT_SWAPPED);
  /* After the form's own handler, which saves what waits. */
  g_signal_connect_object (editor, "close-request", G_CALLBACK (on_partner_editor_close_cb),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_partner_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  open_partner_editor (OND_PARTNERS_VIEW (widget), NULL);
}

static void
edit_partner_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  OndPartnersView *self = OND_PARTNERS_VIEW (widget);
  OndPartner *partner = _ond_partners_view_find_partner (self, g_variant_get_int64 (param));

  if (partner != NULL)
    open_partner_editor (self, partner);
}

static void
open_name_dialog (OndPartnersView *self,
                  OndIntervention *intervention)
{
  OndInterventionNameDialog *dialog;

  if (!_ond_partners_view_is_writable (self))
    return;
  dialog = ond_intervention_name_dialog_new (get_window (self), self->store, intervention);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (_ond_partners_view_reload), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_intervention_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  open_name_dialog (OND_PARTNERS_VIEW (widget), NULL);
}

static void
rename_intervention_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  OndPartnersView *self = OND_PARTNERS_VIEW (widget);
  OndIntervention *intervention =
    _ond_partners_view_find_intervention (self, g_variant_get_int64 (param));

  if (intervention != NULL)
    open_name_dialog (self, intervention);
}

static void
show_partner_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  _ond_partners_view_show_column (OND_PARTNERS_VIEW (widget), g_variant_get_int64 (param));
}

/* Moving and retiring. */

static void
move_partner_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  OndPartnersView *self = OND_PARTNERS_VIEW (widget);
  gint64 id = g_variant_get_int64 (param);
  g_autoptr(GError) error = NULL;
  int steps = g_str_equal (action_name, "partners.move-up") ? -1 : 1;

  if (!ond_store_move_partner (self->store, id, steps, &error))
    _ond_partners_view_report_error (self, error);
  /* The rows are made anew in their new order: the keyboard stays with the partner. */
  _ond_partners_view_reload (self);
  _ond_partners_view_focus_partner (self, id);
}

static void
set_partner_retired (OndPartnersView *self,
                     gint64           id,
                     gboolean         retired)
{
  OndPartner *partner = _ond_partners_view_find_partner (self, id);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (partner == NULL)
    return;
  if (!ond_store_set_partner_retired (self->store, id, retired, &error))
    {
      _ond_partners_view_report_error (self, error);
      return;
    }
  if (retired)
    /* Translators: a toast, e.g. "“Motus” is retired: it stays on its records and is no
     * longer offered". */
    message = g_markup_printf_escaped (_("“%s” is retired: it stays on its records and is no "
                                         "longer offered"),
                                       ond_partner_get_name (partner));
  else
    /* Translators: a toast, e.g. "“Motus” takes part again". */
    message = g_markup_printf_escaped (_("“%s” takes part again"),
                                       ond_partner_get_name (partner));
  _ond_partners_view_reload (self);
  show_info (self, message);
}

static void
retire_partner_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  set_partner_retired (OND_PARTNERS_VIEW (widget), g_variant_get_int64 (param),
                       g_str_equal (action_name, "partners.retire"));
}

static void
retire_intervention_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  OndPartnersView *self = OND_PARTNERS_VIEW (widget);
  gint64 id = g_variant_get_int64 (param);
  gboolean retired = g_str_equal (action_name, "menukaart.retire");
  OndIntervention *intervention = _ond_partners_view_find_intervention (self, id);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (intervention == NULL)
    return;
  if (!ond_store_set_intervention_retired (self->store, id, retired, &error))
    {
      _ond_partners_view_report_error (self, error);
      return;
    }
  if (retired)
    /* Translators: a toast, e.g. "“Pseudokoop” is retired: it stays on its cases and is no
     * longer offered". */
    message = g_markup_printf_escaped (_("“%s” is retired: it stays on its cases and is no "
                                         "longer offered"),
                                       ond_intervention_get_name (intervention));
  else
    /* Translators: a toast, e.g. "“Pseudokoop” is offered again". */
    message = g_markup_printf_escaped (_("“%s” is offered again"),
                                       ond_intervention_get_name (intervention));
  _ond_partners_view_reload (self);
  show_info (self, message);
}

/* Deleting, with undo. */

void
_ond_partners_view_forget_deleted (OndPartnersView *self)
{
  ond_delete_undo_forget (self, &self->undo_toast, &self->deleted);
}

/* Puts the partner or intervention back as it was. */
static void
on_undo_clicked_cb (OndPartnersView *self,
                    AdwToast        *toast)
{
  g_autoptr(GObject) deleted = g_steal_pointer (&self->deleted);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (deleted == NULL || !_ond_partners_view_is_writable (self))
    return;

  if (OND_IS_PARTNER (deleted))
    id = ond_store_restore_partner (self->store, OND_PARTNER (deleted), &error);
  else
    id = ond_store_restore_intervention (self->store, OND_INTERVENTION (deleted), &error);
  if (id == 0)
    _ond_partners_view_report_error (self, error);
  _ond_partners_view_reload (self);
  if (id != 0 && OND_IS_PARTNER (deleted))
    _ond_partners_view_focus_partner (self, id);
}

static void
on_undo_dismissed_cb (OndPartnersView *self,
                      AdwToast        *toast)
{
  ond_delete_undo_dropped (toast, &self->undo_toast, &self->deleted);
}

/* @title: markup, its names escaped. */
static void
offer_undo (OndPartnersView *self,
            GObject         *deleted,
            const char      *title)
{
  AdwToast *toast;

  ond_delete_undo_keep (self, &self->undo_toast, &self->deleted, deleted);
  toast = adw_toast_new (title);
  ond_delete_undo_offer (toast, self, G_CALLBACK (on_undo_clicked_cb),
                         G_CALLBACK (on_undo_dismissed_cb), &self->undo_toast);
  ond_delete_undo_add_toast (GTK_WIDGET (self), &self->info_toast, self->undo_toast, toast);
}

static void
delete_partner (gpointer owner,
                gpointer item)
{
  OndPartnersView *self = owner;
  OndPartner *partner = item;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (!_ond_partners_view_is_writable (self))
    return;
  if (!ond_store_delete_partner (self->store, ond_partner_get_id (partner), &error))
    {
      /* In use since the question, or gone: the store says why; nothing to undo. */
      _ond_partners_view_report_error (self, error);
      _ond_partners_view_reload (self);
      return;
    }
  _ond_partners_view_reload (self);
  /* Translators: a toast after a partner was deleted, e.g. "Partner “Motus” deleted". */
  title = g_markup_printf_escaped (_("Partner “%s” deleted"), ond_partner_get_name (partner));
  offer_undo (self, G_OBJECT (partner), title);
}

static void
delete_intervention (gpointer owner,
                     gpointer item)
{
  OndPartnersView *self = owner;
  OndIntervention *intervention = item;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (!_ond_partners_view_is_writable (self))
    return;
  if (!ond_store_delete_intervention (self->store, ond_intervention_get_id (intervention),
                                      &error))
    {
      _ond_partners_view_report_error (self, error);
      _ond_partners_view_reload (self);
      return;
    }
  _ond_partners_view_reload (self);
  /* Translators: a toast after an intervention was deleted, e.g. "Intervention
   * “Pseudokoop” deleted". */
  title = g_markup_printf_escaped (_("Intervention “%s” deleted"),
                                   ond_intervention_get_name (intervention));
  offer_undo (self, G_OBJECT (intervention), title);
}

/* In use: the store's words, and Retire instead of Delete. */
typedef struct
{
  OndPartnersView *view;
  char            *retire_action;
  gint64           id;
} RetireOffer;

static void
retire_offer_free (gpointer  data,
                   GClosure *closure)
{
  RetireOffer *offer = data;

  g_object_unref (offer->view);
  g_free (offer->retire_action);
  g_free (offer);
}

static void
on_in_use_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       RetireOffer      *offer)
{
  if (g_strcmp0 (response, "retire") == 0)
    gtk_widget_activate_action (GTK_WIDGET (offer->view), offer->retire_action, "x", offer->id);
}

static void
offer_retire (OndPartnersView *self,
              const char      *heading,
              const GError    *in_use,
              gboolean         retired,
              const char      *retire_action,
              gint64           id)
{
  GtkWidget *dialog = adw_message_dialog_new (get_window (self), heading, in_use->message);
  RetireOffer *offer;

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel",
                                   retired ? _("_Close") : _("_Cancel"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  if (!retired)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "retire", _("_Retire"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "retire",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "retire");
    }
  offer = g_new0 (RetireOffer, 1);
  offer->view = g_object_ref (self);
  offer->retire_action = g_strdup (retire_action);
  offer->id = id;
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_in_use_response_cb), offer,
                         retire_offer_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_partner_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  OndPartnersView *self = OND_PARTNERS_VIEW (widget);
  gint64 id = g_variant_get_int64 (param);
  OndPartner *partner = _ond_partners_view_find_partner (self, id);
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;

  if (partner == NULL || !_ond_partners_view_is_writable (self))
    return;
  if (!ond_store_check_partner_unused (self->store, id, &error))
    {
      if (g_error_matches (error, OND_PLAN_ERROR, OND_PLAN_ERROR_IN_USE))
        offer_retire (self, _("Partner in Use"), error, ond_partner_get_retired (partner),
                      "partners.retire", id);
      else
        _ond_partners_view_report_error (self, error);
      return;
    }

  /* Translators: the question before a partner is deleted. */
  body = g_strdup_printf (_("“%s” is taken out of the list of partners. Nothing refers to it "
                            "yet."),
                          ond_partner_get_name (partner));
  ond_delete_confirm (get_window (self), _("Delete Partner?"), body, self, partner,
                      delete_partner);
}

static void
delete_intervention_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  OndPartnersView *self = OND_PARTNERS_VIEW (widget);
  gint64 id = g_variant_get_int64 (param);
  OndIntervention *intervention = _ond_partners_view_find_intervention (self, id);
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;

  if (intervention == NULL || !_ond_partners_view_is_writable (self))
    return;
  if (!ond_store_check_intervention_unused (self->store, id, &error))
    {
      if (g_error_matches (error, OND_PLAN_ERROR, OND_PLAN_ERROR_IN_USE))
        offer_retire (self, _("Intervention in Use"), error,
                      ond_intervention_get_retired (intervention), "menukaart.retire", id);
      else
        _ond_partners_view_report_error (self, error);
      return;
    }

  /* Translators: the question before an intervention is deleted. */
  body = g_strdup_printf (_("“%s” is taken off the menu of interventions, with the partners "
                            "that can carry it out. No case uses it."),
                          ond_intervention_get_name (intervention));
  ond_delete_confirm (get_window (self), _("Delete Intervention?"), body, self, intervention,
                      delete_intervention);
}

void
_ond_partners_view_class_actions_init (OndPartnersViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "partners.add", NULL, add_partner_action);
  gtk_widget_class_install_action (widget_class, "partners.edit", "x", edit_partner_action);
  gtk_widget_class_install_action (widget_class, "partners.move-up", "x", move_partner_action);
  gtk_widget_class_install_action (widget_class, "partners.move-down", "x",
                                   move_partner_action);
  gtk_widget_class_install_action (widget_class, "partners.retire", "x", retire_partner_action);
  gtk_widget_class_install_action (widget_class, "partners.bring-back", "x",
                                   retire_partner_action);
  gtk_widget_class_install_action (widget_class, "partners.delete", "x", delete_partner_action);
  gtk_widget_class_install_action (widget_class, "menukaart.add", NULL, add_intervention_action);
  gtk_widget_class_install_action (widget_class, "menukaart.rename", "x",
                                   rename_intervention_action);
  gtk_widget_class_install_action (widget_class, "menukaart.retire", "x",
                                   retire_intervention_action);
  gtk_widget_class_install_action (widget_class, "menukaart.bring-back", "x",
                                   retire_intervention_action);
  gtk_widget_class_install_action (widget_class, "menukaart.delete", "x",
                                   delete_intervention_action);
  gtk_widget_class_install_action (widget_class, "menukaart.show-partner", "x",
                                   show_partner_action);
}
