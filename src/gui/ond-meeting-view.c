/* ond-meeting-view.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The meetings of the casusoverleg. The left pane lists the meetings (newest first, the
 * store's list); the right pane shows the agenda of the one chosen as a table declared in the
 * template. Everything the user does goes through the store (a new meeting, a case added, a
 * decision) and the lists are read again afterwards: the view keeps no data of its own.
 * The widget actions (meeting.*) are enabled only when they can work: a meeting is chosen and
 * the file can be written. */

#define G_LOG_DOMAIN "ond-meeting-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-date.h"
#include "ond-decision-dialog.h"
#include "ond-meeting-case-dialog.h"
#include "ond-meeting-new-dialog.h"
#include "ond-meeting-print.h"
#include "ond-meeting-view.h"
#include "ond-store-form-conflict.h"
#include "ond-store-meetings.h"

struct _OndMeetingView
{
  AdwBin              parent_instance;

  GtkStack           *stack;
  GtkListBox         *meetings_list;
  GtkLabel           *meeting_title;
  GtkLabel           *meeting_subtitle;
  GtkStack           *agenda_stack;
  GtkColumnView      *agenda_view;
  GtkSingleSelection *agenda_selection;
  GtkSortListModel   *agenda_sort;

  OndStore           *store;
  GListModel         *meetings;
  GListModel         *agenda;
  /* The meeting shown; kept by id so that it stays chosen when the lists are read again. */
  gint64              meeting_id;
  /* Set while the meetings list is rebuilt, when its selection changes on its own. */
  gboolean            rebuilding;

  /* What the user chose in the last print dialog. */
  GtkPrintSettings   *print_settings;
  GtkPageSetup       *page_setup;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_MEETING_ID,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndMeetingView, ond_meeting_view, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static void
show_toast (OndMeetingView *self,
            const char     *message,
            gboolean        stays)
{
  /* The overlay is the view's child. It is not a bound template child: disposing the
   * template would take it out of the view behind AdwBin's back. */
  AdwToastOverlay *overlay = ADW_TOAST_OVERLAY (adw_bin_get_child (ADW_BIN (self)));
  AdwToast *toast = adw_toast_new (message);

  if (stays)
    adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (overlay, toast);
}

static void
report_error (OndMeetingView *self,
              const char     *what,
              const GError   *error)
{
  g_debug ("%s: %s", what, error->message);
  show_toast (self, error->message, TRUE);
}

static GtkWindow *
get_parent_window (OndMeetingView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static gboolean
is_writable (OndMeetingView *self)
{
  return self->store != NULL && !ond_store_is_read_only (self->store);
}

static OndMeeting *
find_meeting (OndMeetingView *self,
              gint64          meeting_id,
              guint          *position)
{
  guint n = self->meetings != NULL ? g_list_model_get_n_items (self->meetings) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndMeeting) meeting = g_list_model_get_item (self->meetings, i);

      if (ond_meeting_get_id (meeting) == meeting_id)
        {
          if (position != NULL)
            *position = i;
          return g_steal_pointer (&meeting);
        }
    }
  return NULL;
}

static OndMeetingItem *
find_item (OndMeetingView *self,
           gint64          item_id,
           guint          *position)
{
  GListModel *shown = G_LIST_MODEL (self->agenda_selection);
  guint n = g_list_model_get_n_items (shown);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndMeetingItem) item = g_list_model_get_item (shown, i);

      if (ond_meeting_item_get_id (item) == item_id)
        {
          if (position != NULL)
            *position = i;
          return g_steal_pointer (&item);
        }
    }
  return NULL;
}

static void
update_actions (OndMeetingView *self)
{
  gboolean writable = is_writable (self);
  gboolean chosen = self->meeting_id > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.new", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.add-case", writable && chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.record-decision",
                                 writable && chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.print", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.export-pdf", chosen);
}

static char *
describe_count (guint n_items,
                guint n_decided)
{
  g_autofree char *items = NULL;

  if (n_items == 0)
    return g_strdup (_("No cases on the agenda"));

  items = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u case on the agenda",
                                        "%u cases on the agenda", n_items),
                           n_items);
  /* Translators: the first %s is e.g. "5 cases on the agenda", %u the number of those
   * with a decision. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u with a decision",
                                       "%s, %u with a decision", n_decided),
                          items, n_decided);
}

static void
update_header (OndMeetingView *self)
{
  g_autoptr(OndMeeting) meeting = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  g_autofree char *count = NULL;
  guint n_items = self->agenda != NULL ? g_list_model_get_n_items (self->agenda) : 0;
  guint n_decided = 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(OndMeetingItem) item = g_list_model_get_item (self->agenda, i);
      const char *decision = ond_meeting_item_get_decision (item);

      if (decision != NULL && decision[0] != '\0')
        n_decided++;
    }

  meeting = find_meeting (self, self->meeting_id, NULL);
  if (meeting != NULL)
    {
      date = ond_date_format (ond_meeting_get_date (meeting));
      /* Translators: the heading of a meeting's agenda; %s is its date, dd-mm-yyyy. */
      title = g_strdup_printf (_("Meeting of %s"), date);
    }

  count = describe_count (n_items, n_decided);
  gtk_label_set_label (self->meeting_title, title != NULL ? title : "");
  gtk_label_set_label (self->meeting_subtitle, meeting != NULL ? count : "");
  gtk_stack_set_visible_child_name (self->agenda_stack, n_items > 0 ? "agenda" : "empty");
}

/* Reads the agenda of the meeting chosen; keeps the row of @keep_item_id selected. */
static void
load_agenda (OndMeetingView *self,
             gint64          keep_item_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) agenda = NULL;
  guint position = GTK_INVALID_LIST_POSITION;

  if (self->store != NULL && self->meeting_id > 0)
    {
      agenda = ond_store_list_meeting_items (self->store, self->meeting_id, &error);
      if (agenda == NULL)
        report_error (self, "Could not read the agenda", error);
    }

  g_set_object (&self->agenda, agenda);
  gtk_sort_list_model_set_model (self->agenda_sort, agenda);

  if (keep_item_id > 0)
    {
      OndMeetingItem *kept = find_item (self, keep_item_id, &position);

      g_clear_object (&kept);
    }
  gtk_single_selection_set_selected (self->agenda_selection, position);

  update_header (self);
  update_actions (self);
}

static void
set_meeting_id (OndMeetingView *self,
                gint64          meeting_id)
{
  if (self->meeting_id == meeting_id)
    return;

  self->meeting_id = meeting_id;
  load_agenda (self, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_ID]);
}

static GtkWidget *
create_meeting_row (gpointer item,
                    gpointer user_data)
{
  OndMeeting *meeting = item;
  g_autofree char *date = ond_date_format (ond_meeting_get_date (meeting));
  g_autofree char *count = NULL;
  g_autofree char *accessible = NULL;
  guint n = ond_meeting_get_n_items (meeting);
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *title;
  GtkWidget *subtitle;

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u case", "%u cases", n), n);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  title = g_object_new (GTK_TYPE_LABEL, "label", date, "xalign", 0.0f, NULL);
  gtk_widget_add_css_class (title, "numeric");
  subtitle = g_object_new (GTK_TYPE_LABEL, "label", count, "xalign", 0.0f, NULL);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* Translators: the accessible name of a meeting in the list, e.g.
   * "Meeting of 14-03-2024, 3 cases". */
  accessible = g_strdup_printf (_("Meeting of %s, %s"), date, count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  return row;
}

static void
select_meeting_row (OndMeetingView *self)
{
  guint position = 0;
  g_autoptr(OndMeeting) meeting = find_meeting (self, self->meeting_id, &position);
  GtkListBoxRow *row = NULL;

  /* The meeting chosen is gone (or none was): show the newest. */
  if (meeting == NULL)
    position = 0;
  row = gtk_list_box_get_row_at_index (self->meetings_list, (int) position);
  if (row != NULL)
    gtk_list_box_select_row (self->meetings_list, row);
}

static void
on_meeting_selected_cb (OndMeetingView *self,
                        GtkListBoxRow  *row,
                        GtkListBox     *list)
{
  g_autoptr(OndMeeting) meeting = NULL;

  if (self->rebuilding || row == NULL || self->meetings == NULL)
    return;

  meeting = g_list_model_get_item (self->meetings, (guint) gtk_list_box_row_get_index (row));
  if (meeting != NULL)
    set_meeting_id (self, ond_meeting_get_id (meeting));
}

/* Reads the meetings and the agenda shown again, keeping what was chosen. */
static void
reload (OndMeetingView *self,
        gint64          keep_item_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(OndMeeting) chosen = NULL;
  gint64 meeting_id;

  if (self->store != NULL)
    {
      meetings = ond_store_list_meetings (self->store, &error);
      if (meetings == NULL)
        report_error (self, "Could not read the meetings", error);
    }

  self->rebuilding = TRUE;
  g_set_object (&self->meetings, meetings);
  gtk_list_box_bind_model (self->meetings_list, self->meetings, create_meeting_row, NULL, NULL);
  self->rebuilding = FALSE;

  chosen = find_meeting (self, self->meeting_id, NULL);
  if (chosen == NULL && self->meetings != NULL && g_list_model_get_n_items (self->meetings) > 0)
    chosen = g_list_model_get_item (self->meetings, 0);
  meeting_id = chosen != NULL ? ond_meeting_get_id (chosen) : 0;

  gtk_stack_set_visible_child_name (self->stack, meeting_id > 0 ? "meetings" : "empty");

  if (meeting_id != self->meeting_id)
    {
      self->meeting_id = meeting_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_ID]);
    }
  load_agenda (self, keep_item_id);
  select_meeting_row (self);
}

static gint64
selected_item_id (OndMeetingView *self)
{
  OndMeetingItem *item = gtk_single_selection_get_selected_item (self->agenda_selection);

  return item != NULL ? ond_meeting_item_get_id (item) : 0;
}

/* Decision column: the decision (or a dim dash while there is none) and the button that
 * records it. */

static void
setup_decision_cb (OndMeetingView           *self,
                   GtkListItem              *list_item,
                   GtkSignalListItemFactory *factory)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label;
  GtkWidget *button;

  label = g_object_new (GTK_TYPE_LABEL,
                        "xalign", 0.0f,
                        "yalign", 0.0f,
                        "hexpand", TRUE,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "width-chars", 12,
                        "max-width-chars", 60,
                        "selectable", FALSE,
                        NULL);
  button = g_object_new (GTK_TYPE_BUTTON,
                         "icon-name", "document-edit-symbolic",
                         "valign", GTK_ALIGN_START,
                         NULL);
  gtk_widget_add_css_class (button, "flat");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_decision_cb (OndMeetingView           *self,
                  GtkListItem              *list_item,
                  GtkSignalListItemFactory *factory)
{
  OndMeetingItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *button = gtk_widget_get_next_sibling (label);
  const char *decision = ond_meeting_item_get_decision (item);
  const char *reference = ond_meeting_item_get_case_reference (item);
  gboolean decided = decision != NULL && decision[0] != '\0';
  g_autofree char *button_label = NULL;

  gtk_label_set_label (GTK_LABEL (label), decided ? decision : "—");
  if (decided)
    gtk_widget_remove_css_class (label, "dim-label");
  else
    gtk_widget_add_css_class (label, "dim-label");

  if (decided)
    /* Translators: a button that changes the decision on a case, e.g. "Change the decision
     * on 2024-0003". */
    button_label = g_strdup_printf (_("Change the decision on %s"),
                                    reference != NULL ? reference : "");
  else
    /* Translators: a button that records the decision on a case, e.g. "Record a decision on
     * 2024-0003". */
    button_label = g_strdup_printf (_("Record a decision on %s"),
                                    reference != NULL ? reference : "");
  /* The target goes first: an action name without its target would be activated wrongly. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x",
                                    ond_meeting_item_get_id (item));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "meeting.record-decision");
  gtk_widget_set_tooltip_text (button, button_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, button_label,
                                  -1);
}

static void
unbind_decision_cb (OndMeetingView           *self,
                    GtkListItem              *list_item,
                    GtkSignalListItemFactory *factory)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *button = gtk_widget_get_next_sibling (gtk_widget_get_first_child (box));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), NULL);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), NULL);
}

/* New meeting. */

static void
on_new_response_cb (OndMeetingView      *self,
                    const char          *response,
                    OndMeetingNewDialog *dialog)
{
  g_autoptr(GError) error = NULL;
  const char *date = ond_meeting_new_dialog_get_date (dialog);
  gint64 id;

  if (g_strcmp0 (response, "create") != 0 || date == NULL || !is_writable (self))
    return;

  id = ond_store_create_meeting (self->store, date, &error);
  if (id <= 0)
    {
      report_error (self, "Could not create the meeting", error);
      return;
    }

  self->meeting_id = id;
  reload (self, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_ID]);
}

static void
new_meeting_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  OndMeetingView *self = OND_MEETING_VIEW (widget);
  GtkWidget *dialog = ond_meeting_new_dialog_new (get_parent_window (self), self->meetings);

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_new_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Adding a case. */

static void
on_add_case_response_cb (OndMeetingView       *self,
                         const char           *response,
                         OndMeetingCaseDialog *dialog)
{
  g_autoptr(GError) error = NULL;
  gint64 case_id = ond_meeting_case_dialog_get_case_id (dialog);
  gint64 item_id;

  if (g_strcmp0 (response, "add") != 0 || case_id <= 0 || !is_writable (self) ||
      self->meeting_id <= 0)
    return;

  item_id = ond_store_add_meeting_case (self->store, self->meeting_id, case_id, &error);
  if (item_id <= 0)
    {
      report_error (self, "Could not add the case", error);
      return;
    }

  reload (self, item_id);
}

static void
add_case_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  OndMeetingView *self = OND_MEETING_VIEW (widget);
  GtkWidget *dialog;

  if (self->store == NULL || self->meeting_id <= 0)
    return;

  dialog = ond_meeting_case_dialog_new (get_parent_window (self), self->store, self->agenda);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_case_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Recording a decision. */

static OndDecisionDialog *present_decision_dialog (OndMeetingView *self,
                                                   OndMeetingItem *item);

/* Someone else recorded a decision since the dialog opened: the dialog opens again with the
 * user's text, and asks (ond_decision_dialog_ask_conflict). */
static void
ask_decision_conflict (OndMeetingView *self,
                       OndMeetingItem *opened,
                       const char     *decision)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndMeetingItem) current = NULL;
  OndDecisionDialog *dialog;

  current = ond_store_get_meeting_item (self->store, self->meeting_id,
                                        ond_meeting_item_get_id (opened), &error);
  if (current == NULL)
    {
      report_error (self, "Could not record the decision", error);
      return;
    }
  dialog = present_decision_dialog (self, opened);
  ond_decision_dialog_set_decision (dialog, decision);
  ond_decision_dialog_ask_conflict (dialog, current);
}

static void
on_decision_response_cb (OndMeetingView    *self,
                         const char        *response,
                         OndDecisionDialog *dialog)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *decision = NULL;
  OndMeetingItem *item = ond_decision_dialog_get_item (dialog);
  gint64 item_id = ond_meeting_item_get_id (item);
  g_autofree char *message = NULL;
  gint64 version;

  if (g_strcmp0 (response, "record") != 0 || !is_writable (self))
    return;

  decision = ond_decision_dialog_dup_decision (dialog);
  version = ond_meeting_item_get_row_version (item);
  if (!ond_store_record_meeting_decision_edit (self->store, item_id, &version, decision,
                                               &error))
    {
      if (g_error_matches (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT))
        ask_decision_conflict (self, item, decision);
      else
        report_error (self, "Could not record the decision", error);
      return;
    }

  load_agenda (self, item_id);
  /* Translators: %s is a case reference, e.g. "2024-0003". */
  message = g_strdup_printf (_("Decision on %s recorded in the case's history"),
                             ond_meeting_item_get_case_reference (item));
  show_toast (self, message, FALSE);
}

static OndDecisionDialog *
present_decision_dialog (OndMeetingView *self,
                         OndMeetingItem *item)
{
  GtkWidget *dialog = ond_decision_dialog_new (get_parent_window (self), item);

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_decision_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return OND_DECISION_DIALOG (dialog);
}

static void
open_decision_dialog (OndMeetingView *self,
                      gint64          item_id)
{
  g_autoptr(OndMeetingItem) item = find_item (self, item_id, NULL);

  if (item == NULL || !is_writable (self))
    return;

  present_decision_dialog (self, item);
}

static void
record_decision_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  OndMeetingView *self = OND_MEETING_VIEW (widget);

  open_decision_dialog (self, g_variant_get_int64 (param));
}

static void
on_agenda_activate_cb (OndMeetingView *self,
                       guint           position,
                       GtkColumnView  *view)
{
  g_autoptr(OndMeetingItem) item =
    g_list_model_get_item (G_LIST_MODEL (self->agenda_selection), position);

  if (item != NULL)
    open_decision_dialog (self, ond_meeting_item_get_id (item));
}

/* Printing and exporting. */

static void
on_print_finished_cb (OndMeetingView  *self,
                      const char      *message,
                      gboolean         success,
                      OndMeetingPrint *print)
{
  if (ond_print_job_get_settings (OND_PRINT_JOB (print)) != NULL)
    g_set_object (&self->print_settings, ond_print_job_get_settings (OND_PRINT_JOB (print)));
  if (ond_print_job_get_page_setup (OND_PRINT_JOB (print)) != NULL)
    g_set_object (&self->page_setup, ond_print_job_get_page_setup (OND_PRINT_JOB (print)));

  show_toast (self, message, !success);
}

static OndMeetingPrint *
create_print (OndMeetingView *self,
              GVariant       *param)
{
  g_autoptr(GError) error = NULL;
  OndMeetingDocumentKind kind;
  OndMeetingPrint *print;

  if (self->store == NULL || self->meeting_id <= 0)
    return NULL;

  kind = g_strcmp0 (g_variant_get_string (param, NULL), "decisions") == 0
    ? OND_MEETING_DOCUMENT_DECISIONS
    : OND_MEETING_DOCUMENT_AGENDA;
  print = ond_meeting_print_new (self->store, self->meeting_id, kind, &error);
  if (print == NULL)
    {
      report_error (self, "Could not prepare the document", error);
      return NULL;
    }

  ond_print_job_set_settings (OND_PRINT_JOB (print), self->print_settings);
  ond_print_job_set_page_setup (OND_PRINT_JOB (print), self->page_setup);
  g_signal_connect_object (print, "finished", G_CALLBACK (on_print_finished_cb), self,
                           G_CONNECT_SWAPPED);
  return print;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  OndMeetingView *self = OND_MEETING_VIEW (widget);
  g_autoptr(OndMeetingPrint) print = create_print (self, param);

  if (print != NULL)
    ond_print_job_run (OND_PRINT_JOB (print), get_parent_window (self));
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  OndMeetingView *self = OND_MEETING_VIEW (widget);
  g_autoptr(OndMeetingPrint) print = create_print (self, param);

  if (print != NULL)
    ond_meeting_print_export (print, get_parent_window (self));
}

/* The cases change in other views: read everything again when the view is shown. */
static void
on_map_cb (OndMeetingView *self)
{
  reload (self, selected_item_id (self));
}

static void
ond_meeting_view_dispose (GObject *object)
{
  OndMeetingView *self = OND_MEETING_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_MEETING_VIEW);

  g_clear_object (&self->agenda);
  g_clear_object (&self->meetings);
  g_clear_object (&self->print_settings);
  g_clear_object (&self->page_setup);

  G_OBJECT_CLASS (ond_meeting_view_parent_class)->dispose (object);
}

static void
ond_meeting_view_finalize (GObject *object)
{
  OndMeetingView *self = OND_MEETING_VIEW (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_meeting_view_parent_class)->finalize (object);
}

static void
ond_meeting_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OndMeetingView *self = OND_MEETING_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_meeting_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OndMeetingView *self = OND_MEETING_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ond_meeting_view_set_store (self, g_value_get_object (value));
      break;

    case PROP_MEETING_ID:
      ond_meeting_view_select_meeting (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_meeting_view_class_init (OndMeetingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_meeting_view_dispose;
  object_class->finalize = ond_meeting_view_finalize;
  object_class->get_property = ond_meeting_view_get_property;
  object_class->set_property = ond_meeting_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-meeting-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OndMeetingView, stack);
  gtk_widget_class_bind_template_child (widget_class, OndMeetingView, meetings_list);
  gtk_widget_class_bind_template_child (widget_class, OndMeetingView, meeting_title);
  gtk_widget_class_bind_template_child (widget_class, OndMeetingView, meeting_subtitle);
  gtk_widget_class_bind_template_child (widget_class, OndMeetingView, agenda_stack);
  gtk_widget_class_bind_template_child (widget_class, OndMeetingView, agenda_view);
  gtk_widget_class_bind_template_child (widget_class, OndMeetingView, agenda_selection);
  gtk_widget_class_bind_template_child (widget_class, OndMeetingView, agenda_sort);
  gtk_widget_class_bind_template_callback (widget_class, on_meeting_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_agenda_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_decision_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_decision_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_decision_cb);

  gtk_widget_class_install_action (widget_class, "meeting.new", NULL, new_meeting_action);
  gtk_widget_class_install_action (widget_class, "meeting.add-case", NULL, add_case_action);
  gtk_widget_class_install_action (widget_class, "meeting.record-decision", "x",
                                   record_decision_action);
  gtk_widget_class_install_action (widget_class, "meeting.print", "s", print_action);
  gtk_widget_class_install_action (widget_class, "meeting.export-pdf", "s", export_pdf_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "meeting.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "meeting.print", "s", "agenda");

  g_type_ensure (OND_TYPE_MEETING);
  g_type_ensure (OND_TYPE_MEETING_ITEM);
}

static void
ond_meeting_view_init (OndMeetingView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  reload (self, 0);
}

GtkWidget *
ond_meeting_view_new (void)
{
  return g_object_new (OND_TYPE_MEETING_VIEW, NULL);
}

/**
 * ond_meeting_view_get_store:
 * @self: an #OndMeetingView
 *
 * Returns: (transfer none) (nullable): the store the view reads and writes
 */
OndStore *
ond_meeting_view_get_store (OndMeetingView *self)
{
  g_return_val_if_fail (OND_IS_MEETING_VIEW (self), NULL);

  return self->store;
}

/* Someone else's change (another window, or another user of a team server): the meetings
 * and the agenda shown are read again, keeping what was chosen. */
static void
on_store_changed_cb (OndMeetingView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ond_meeting_view_reload (self);
}

void
ond_meeting_view_set_store (OndMeetingView *self,
                            OndStore       *store)
{
  g_return_if_fail (OND_IS_MEETING_VIEW (self));
  g_return_if_fail (store == NULL || OND_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  self->meeting_id = 0;
  reload (self, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ond_meeting_view_get_meetings:
 * @self: an #OndMeetingView
 *
 * Returns: (transfer none) (nullable): the meetings listed (#OndMeeting, newest first)
 */
GListModel *
ond_meeting_view_get_meetings (OndMeetingView *self)
{
  g_return_val_if_fail (OND_IS_MEETING_VIEW (self), NULL);

  return self->meetings;
}

/**
 * ond_meeting_view_get_meeting_id:
 * @self: an #OndMeetingView
 *
 * Returns: the id of the meeting whose agenda is shown, or 0
 */
gint64
ond_meeting_view_get_meeting_id (OndMeetingView *self)
{
  g_return_val_if_fail (OND_IS_MEETING_VIEW (self), 0);

  return self->meeting_id;
}

/**
 * ond_meeting_view_select_meeting:
 * @self: an #OndMeetingView
 * @meeting_id: a meeting of the list
 *
 * Shows the agenda of @meeting_id, as if the user chose it in the list.
 */
void
ond_meeting_view_select_meeting (OndMeetingView *self,
                                 gint64          meeting_id)
{
  g_return_if_fail (OND_IS_MEETING_VIEW (self));

  set_meeting_id (self, meeting_id);
  select_meeting_row (self);
}

/**
 * ond_meeting_view_get_agenda:
 * @self: an #OndMeetingView
 *
 * Returns: (transfer none): the agenda as shown (#OndMeetingItem, in the table's order)
 */
GListModel *
ond_meeting_view_get_agenda (OndMeetingView *self)
{
  g_return_val_if_fail (OND_IS_MEETING_VIEW (self), NULL);

  return G_LIST_MODEL (self->agenda_selection);
}

/**
 * ond_meeting_view_reload:
 * @self: an #OndMeetingView
 *
 * Reads the meetings and the agenda from the store again (after cases changed elsewhere).
 */
void
ond_meeting_view_reload (OndMeetingView *self)
{
  g_return_if_fail (OND_IS_MEETING_VIEW (self));

  reload (self, selected_item_id (self));
}
