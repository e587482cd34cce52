/* ond-cases-view.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The casusoverleg section. The case list is an OndCaseList straight under the selection:
 * never a GtkSortListModel or GtkFilterListModel, which would fetch every case. Searching,
 * filtering and sorting are handed to the list, which does them in SQL.
 *
 * GTK 4.8 has no public API to ask a GtkColumnView which column the user sorted by. Each
 * column has a sorter of its own that never sorts anything: when the view's sorter changes,
 * it is asked to compare two probe items, and the first column sorter it consults (the
 * primary one) notes which column it is; the sign of the answer gives the order. */

#define G_LOG_DOMAIN "ond-cases-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-choices.h"
#include "ond-case-detail.h"
#include "ond-case-editor.h"
#include "ond-case-export.h"
#include "ond-case-list.h"
#include "ond-case.h"
#include "ond-cases-view.h"
#include "ond-date.h"
#include "ond-meeting-view.h"
#include "ond-store-cases.h"
#include "ond-store-vocabulary.h"
#include "ond-theme.h"

#define N_COLUMNS (OND_CASE_SORT_NEXT_FOLLOW_UP + 1)
/* The year filter offers every year from this one to the current. */
#define FIRST_YEAR 2000

typedef struct
{
  OndCasesView *self;
  OndCaseSort   sort;
} ColumnProbe;

struct _OndCasesView
{
  AdwBin               parent_instance;

  AdwViewStack        *pages;
  AdwLeaflet          *leaflet;
  GtkWidget           *list_page;
  GtkWidget           *read_only_label;
  GtkSearchEntry      *search_entry;
  GtkWidget           *new_button;
  GtkDropDown         *status_dropdown;
  GtkDropDown         *theme_dropdown;
  GtkDropDown         *source_dropdown;
  GtkDropDown         *year_dropdown;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkColumnViewColumn *reference_column;
  GtkCustomSorter     *reference_sorter;
  GtkCustomSorter     *received_sorter;
  GtkCustomSorter     *theme_sorter;
  GtkCustomSorter     *source_sorter;
  GtkCustomSorter     *status_sorter;
  GtkCustomSorter     *lead_sorter;
  GtkCustomSorter     *follow_up_sorter;
  GtkLabel            *count_label;
  OndCaseDetail       *detail;
  OndMeetingView      *meeting_view;

  ColumnProbe          probes[N_COLUMNS];
  gboolean             probing;
  int                  probed_sort;
  OndCaseSort          sort;
  gboolean             descending;

  /* The cases shown, and all cases (to tell "none yet" from "none found"). */
  OndCaseList         *cases;
  OndCaseList         *all_cases;
  /* What the filter choices stand for; position 0 of each is "all". */
  GPtrArray           *statuses;
  GPtrArray           *sources;
  GArray              *theme_ids;

  /* The deletion that can still be undone, and its toast; the last other toast. */
  AdwToast            *undo_toast;
  gint64               pending_delete;
  AdwToast            *info_toast;

  OndStore            *store;
  OndPlan             *plan;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndCasesView, ond_cases_view, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static void
report_error (OndCasesView *self,
              const GError *error)
{
  g_message ("Cases: %s", error->message);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
}

/* Shows @toast (transfer full). A toast of ours still shown goes first: the newest says
 * what just happened. */
static void
add_toast (OndCasesView *self,
           AdwToast     *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (self->info_toast != NULL)
    adw_toast_dismiss (self->info_toast);
  g_clear_object (&self->info_toast);

  if (overlay == NULL)
    {
      g_object_unref (toast);
      return;
    }

  if (toast != self->undo_toast)
    self->info_toast = g_object_ref (toast);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static GtkWindow *
get_parent_window (OndCasesView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* Cells of the list. */

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               OndCasesView             *self)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", 0.0f,
                                   "ellipsize", PANGO_ELLIPSIZE_END,
                                   "single-line-mode", TRUE,
                                   NULL);

  gtk_list_item_set_child (list_item, label);
}

static void
set_cell (GtkListItem *list_item,
          const char  *text)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);

  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (label, text != NULL && text[0] != '\0' ? text : NULL);
}

static void
set_date_cell (GtkListItem *list_item,
               const char  *iso)
{
  g_autofree char *text = ond_date_format (iso);

  set_cell (list_item, text);
}

#define CASE_OF(list_item) (OND_CASE (gtk_list_item_get_item (list_item)))

static void
bind_reference_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   OndCasesView             *self)
{
  set_cell (list_item, ond_case_get_reference (CASE_OF (list_item)));
}

static void
bind_received_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  OndCasesView             *self)
{
  set_date_cell (list_item, ond_case_get_date_received (CASE_OF (list_item)));
}

static void
bind_theme_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               OndCasesView             *self)
{
  set_cell (list_item, ond_case_get_theme_name (CASE_OF (list_item)));
}

static void
bind_source_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                OndCasesView             *self)
{
  set_cell (list_item, ond_case_get_source_label (CASE_OF (list_item)));
}

static void
bind_status_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                OndCasesView             *self)
{
  set_cell (list_item, ond_case_get_status_label (CASE_OF (list_item)));
}

static void
bind_lead_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              OndCasesView             *self)
{
  set_cell (list_item, ond_case_get_lead_partner_name (CASE_OF (list_item)));
}

static void
bind_follow_up_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   OndCasesView             *self)
{
  set_date_cell (list_item, ond_case_get_next_follow_up (CASE_OF (list_item)));
}

/* Sorting. */

static int
probe_column (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  ColumnProbe *probe = user_data;
  OndCasesView *self = probe->self;

  /* Nothing else ever sorts with these sorters; answer "equal" if something does. */
  if (!self->probing)
    return GTK_ORDERING_EQUAL;

  if (self->probed_sort < 0)
    self->probed_sort = (int) probe->sort;
  return GTK_ORDERING_SMALLER;
}

static void
apply_sort (OndCasesView *self)
{
  if (self->cases != NULL)
    ond_case_list_set_sort (self->cases, self->sort, self->descending);
}

static void
on_sorter_changed_cb (OndCasesView    *self,
                      GtkSorterChange  change,
                      GtkSorter       *sorter)
{
  GtkOrdering order;
  int probe_a = 0, probe_b = 0;

  self->probing = TRUE;
  self->probed_sort = -1;
  order = gtk_sorter_compare (sorter, &probe_a, &probe_b);
  self->probing = FALSE;

  if (self->probed_sort < 0)
    {
      /* No column chosen: the newest cases first. */
      self->sort = OND_CASE_SORT_REFERENCE;
      self->descending = TRUE;
    }
  else
    {
      self->sort = (OndCaseSort) self->probed_sort;
      self->descending = order == GTK_ORDERING_LARGER;
    }

  apply_sort (self);
}

/* The list, its count and its empty states. */

static void
update_count (OndCasesView *self)
{
  g_autofree char *text = NULL;
  guint shown = self->cases != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->cases)) : 0;
  guint total = self->all_cases != NULL ?
    g_list_model_get_n_items (G_LIST_MODEL (self->all_cases)) : 0;

  if (self->cases != NULL && ond_case_list_get_error (self->cases) != NULL)
    report_error (self, ond_case_list_get_error (self->cases));

  if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u signal", "%u signals", total),
                            total);
  else
    /* Translators: the number of signals shown after searching, e.g. "3 of 120 signals". */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u signal", "%u of %u signals",
                                         total),
                            shown, total);
  gtk_label_set_label (self->count_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), total > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cases.export", shown > 0);

  if (total == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else if (shown == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");
}

static void
on_search_changed_cb (OndCasesView   *self,
                      GtkSearchEntry *entry)
{
  if (self->cases != NULL)
    ond_case_list_set_search (self->cases, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_filter_changed_cb (OndCasesView *self,
                      GParamSpec   *pspec,
                      GtkDropDown  *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->cases == NULL)
    return;

  /* Position 0 is "all" everywhere. */
  if (dropdown == self->status_dropdown)
    {
      ond_case_list_set_status (self->cases, selected > 0 ?
                                ond_case_choices_code (self->statuses, selected - 1) : NULL);
    }
  else if (dropdown == self->source_dropdown)
    {
      ond_case_list_set_source (self->cases, selected > 0 ?
                                ond_case_choices_code (self->sources, selected - 1) : NULL);
    }
  else if (dropdown == self->theme_dropdown)
    {
      ond_case_list_set_theme (self->cases, selected > 0 && selected <= self->theme_ids->len ?
                               g_array_index (self->theme_ids, gint64, selected - 1) : 0);
    }
  else if (dropdown == self->year_dropdown)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      ond_case_list_set_year (self->cases, selected > 0 && selected != GTK_INVALID_LIST_POSITION ?
                              g_date_time_get_year (now) - (int) selected + 1 : 0);
    }
}

static GPtrArray *
list_vocabulary (OndCasesView *self,
                 const char   *table)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = ond_store_list_vocabulary (self->store, table, &error);

  if (entries == NULL)
    report_error (self, error);
  return entries;
}

static void
fill_vocabulary_filters (OndCasesView *self)
{
  g_autoptr(GtkStringList) statuses = NULL;
  g_autoptr(GtkStringList) sources = NULL;

  g_clear_pointer (&self->statuses, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  if (self->store != NULL)
    {
      self->statuses = list_vocabulary (self, "case_status");
      self->sources = list_vocabulary (self, "case_source");
    }

  statuses = ond_case_choices_model (self->statuses, _("All statuses"));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  sources = ond_case_choices_model (self->sources, _("All sources"));
  gtk_drop_down_set_model (self->source_dropdown, G_LIST_MODEL (sources));
  gtk_drop_down_set_selected (self->source_dropdown, 0);
}

static void
fill_theme_filter (OndCasesView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) themes = NULL;
  g_autoptr(GError) error = NULL;

  g_array_set_size (self->theme_ids, 0);
  gtk_string_list_append (names, _("All themes"));
  if (self->store != NULL && self->plan != NULL)
    {
      themes = ond_store_list_themes (self->store, ond_plan_get_id (self->plan), &error);
      if (themes == NULL)
        report_error (self, error);
    }
  for (guint i = 0; themes != NULL && i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OndTheme) theme = g_list_model_get_item (themes, i);
      const char *short_name = ond_theme_get_short_name (theme);
      gint64 id = ond_theme_get_id (theme);

      gtk_string_list_append (names, short_name != NULL && short_name[0] != '\0' ?
                                     short_name : ond_theme_get_name (theme));
      g_array_append_val (self->theme_ids, id);
    }

  gtk_drop_down_set_model (self->theme_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->theme_dropdown, 0);
}

static void
fill_year_filter (OndCasesView *self)
{
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  gtk_string_list_append (years, _("All years"));
  for (int year = g_date_time_get_year (now); year >= FIRST_YEAR; year--)
    {
      char text[16];

      g_snprintf (text, sizeof text, "%d", year);
      gtk_string_list_append (years, text);
    }
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (years));
  gtk_drop_down_set_selected (self->year_dropdown, 0);
}

/* A new list for a new store: the filters start at "all". */
static void
load_store (OndCasesView *self)
{
  gboolean read_only = self->store != NULL && ond_store_is_read_only (self->store);

  if (self->cases != NULL)
    g_signal_handlers_disconnect_by_func (self->cases, update_count, self);
  if (self->all_cases != NULL)
    g_signal_handlers_disconnect_by_func (self->all_cases, update_count, self);
  g_clear_object (&self->cases);
  g_clear_object (&self->all_cases);

  /* The filters are reset before the new list exists, so nothing is queried twice. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  fill_vocabulary_filters (self);
  fill_theme_filter (self);
  fill_year_filter (self);

  if (self->store != NULL)
    {
      self->cases = ond_case_list_new (self->store);
      self->all_cases = ond_case_list_new (self->store);
      apply_sort (self);
      g_signal_connect_object (self->cases, "items-changed",
                               G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->all_cases, "items-changed",
                               G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
    }
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->cases));

  gtk_widget_set_visible (self->read_only_label, read_only);
  gtk_widget_set_visible (self->new_button, !read_only);
  adw_leaflet_set_visible_child (self->leaflet, self->list_page);
  update_count (self);
}

static void
show_list (OndCasesView *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->list_page);
}

/* Deleting, with undo. */

static void
purge_deleted (OndCasesView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->pending_delete == 0)
    return;

  self->pending_delete = 0;
  if (self->store != NULL && !ond_store_purge_deleted_cases (self->store, &error))
    report_error (self, error);
}

static void
on_undo_clicked_cb (OndCasesView *self,
                    AdwToast     *toast)
{
  g_autoptr(GError) error = NULL;
  gint64 case_id = self->pending_delete;

  if (case_id == 0)
    return;

  self->pending_delete = 0;
  if (!ond_store_undelete_case (self->store, case_id, &error))
    report_error (self, error);
  ond_cases_view_reload (self);
}

static void
on_undo_dismissed_cb (OndCasesView *self,
                      AdwToast     *toast)
{
  if (toast != self->undo_toast)
    return;

  g_clear_object (&self->undo_toast);
  purge_deleted (self);
}

static void
on_case_deleted_cb (OndCasesView  *self,
                    gint64         case_id,
                    const char    *reference,
                    OndCaseDetail *detail)
{
  AdwToast *toast;

  /* An earlier deletion is made final first: undo takes back the last one only. */
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  g_clear_object (&self->undo_toast);
  purge_deleted (self);

  self->pending_delete = case_id;
  show_list (self);
  ond_case_detail_clear (self->detail);
  ond_cases_view_reload (self);

  /* Translators: a toast after deleting, e.g. "Signal 2026-0001 deleted". */
  toast = adw_toast_new_format (_("Signal %s deleted"), reference);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked",
                           G_CALLBACK (on_undo_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (toast, "dismissed",
                           G_CALLBACK (on_undo_dismissed_cb), self, G_CONNECT_SWAPPED);
  self->undo_toast = g_object_ref (toast);
  add_toast (self, toast);
}

static void
on_case_changed_cb (OndCasesView  *self,
                    OndCaseDetail *detail)
{
  ond_cases_view_reload (self);
}

static void
on_row_activated_cb (OndCasesView  *self,
                     guint          position,
                     GtkColumnView *view)
{
  g_autoptr(OndCase) kase = NULL;
  g_autoptr(GError) error = NULL;

  if (self->cases == NULL)
    return;

  kase = g_list_model_get_item (G_LIST_MODEL (self->cases), position);
  if (kase != NULL && !ond_cases_view_open_case (self, ond_case_get_id (kase), &error))
    report_error (self, error);
}

static void
on_case_saved_cb (OndCasesView  *self,
                  gint64         case_id,
                  const char    *reference,
                  OndCaseEditor *editor)
{
  g_autoptr(GError) error = NULL;

  ond_cases_view_reload (self);
  /* Translators: a toast after registering, e.g. "Signal 2026-0001 registered". */
  add_toast (self, adw_toast_new_format (_("Signal %s registered"), reference));

  /* Weighing is the next step: show the new case. */
  if (!ond_cases_view_open_case (self, case_id, &error))
    report_error (self, error);
}

/* Exporting the list as shown. */

static void
export_to (OndCasesView *self,
           const char   *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_rows = 0;
  gboolean logged = FALSE;

  if (self->store == NULL || self->cases == NULL)
    return;

  if (!ond_case_export_csv (self->store, self->cases, path, &n_rows, &logged, &error))
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      g_message ("Cases: export failed: %s", error->message);
      add_toast (self, adw_toast_new (escaped));
      return;
    }

  if (logged)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u signal exported (internal document)",
                                         "%u signals exported (internal document)", n_rows),
                            n_rows);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u signal exported (internal document), but the "
                                         "export could not be recorded in the access log",
                                         "%u signals exported (internal document), but the "
                                         "export could not be recorded in the access log",
                                         n_rows),
                            n_rows);
  add_toast (self, adw_toast_new (text));
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       gpointer         user_data)
{
  g_autoptr(OndCasesView) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        export_to (self, path);
      else
        add_toast (self, adw_toast_new (_("The export can only be saved in a local folder")));
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  OndCasesView *self = OND_CASES_VIEW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (self->store == NULL || self->cases == NULL ||
      g_list_model_get_n_items (G_LIST_MODEL (self->cases)) == 0)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Cases"),
                                         get_parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* The file name is Dutch, like the file. */
  name = g_date_time_format (now, "meldingen-%Y-%m-%d.csv");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  /* Both released in on_export_response_cb. */
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response_cb),
                    g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_page_changed_cb (OndCasesView *self,
                    GParamSpec   *pspec,
                    AdwViewStack *pages)
{
  /* A decision in a meeting changes the history of cases: read both pages afresh. */
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (pages), "meetings") == 0)
    {
      if (self->meeting_view != NULL)
        ond_meeting_view_reload (self->meeting_view);
    }
  else
    ond_cases_view_reload (self);
}

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  show_list (OND_CASES_VIEW (widget));
}

static void
focus_search (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  OndCasesView *self = OND_CASES_VIEW (widget);

  adw_view_stack_set_visible_child_name (self->pages, "cases");
  show_list (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
ond_cases_view_dispose (GObject *object)
{
  OndCasesView *self = OND_CASES_VIEW (object);

  /* A deletion nobody undid is made final when the window closes. */
  if (self->undo_toast != NULL)
    g_signal_handlers_disconnect_by_data (self->undo_toast, self);
  g_clear_object (&self->undo_toast);
  g_clear_object (&self->info_toast);
  purge_deleted (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_CASES_VIEW);
  g_clear_object (&self->cases);
  g_clear_object (&self->all_cases);

  G_OBJECT_CLASS (ond_cases_view_parent_class)->dispose (object);
}

/* The objects the template looks properties up on go last, after the template's bindings
 * are gone. */
static void
ond_cases_view_finalize (GObject *object)
{
  OndCasesView *self = OND_CASES_VIEW (object);

  g_clear_pointer (&self->statuses, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->theme_ids, g_array_unref);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_cases_view_parent_class)->finalize (object);
}

static void
ond_cases_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OndCasesView *self = OND_CASES_VIEW (object);

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
ond_cases_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OndCasesView *self = OND_CASES_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ond_cases_view_set_store (self, g_value_get_object (value));
      break;

    case PROP_PLAN:
      ond_cases_view_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_cases_view_class_init (OndCasesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_cases_view_dispose;
  object_class->finalize = ond_cases_view_finalize;
  object_class->get_property = ond_cases_view_get_property;
  object_class->set_property = ond_cases_view_set_property;

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
                                               RESOURCE_BASE "/ui/ond-cases-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, pages);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, list_page);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, new_button);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, theme_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, source_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, column_view);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, selection);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, reference_column);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, reference_sorter);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, received_sorter);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, theme_sorter);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, source_sorter);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, status_sorter);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, lead_sorter);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, follow_up_sorter);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, count_label);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, detail);
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, meeting_view);
  gtk_widget_class_bind_template_callback (widget_class, setup_cell_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_reference_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_received_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_theme_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_source_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_lead_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_follow_up_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_case_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_case_deleted_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed_cb);

  gtk_widget_class_install_action (widget_class, "cases.show-list", NULL, show_list_action);
  gtk_widget_class_install_action (widget_class, "cases.search", NULL, focus_search);
  gtk_widget_class_install_action (widget_class, "cases.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "cases.search", NULL);

  g_type_ensure (OND_TYPE_CASE);
  g_type_ensure (OND_TYPE_CASE_DETAIL);
  g_type_ensure (OND_TYPE_MEETING_VIEW);
  g_type_ensure (OND_TYPE_PLAN);
}

static void
ond_cases_view_init (OndCasesView *self)
{
  GtkCustomSorter *sorters[N_COLUMNS];

  self->theme_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->sort = OND_CASE_SORT_REFERENCE;
  self->descending = TRUE;
  self->probed_sort = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  sorters[OND_CASE_SORT_REFERENCE] = self->reference_sorter;
  sorters[OND_CASE_SORT_RECEIVED] = self->received_sorter;
  sorters[OND_CASE_SORT_THEME] = self->theme_sorter;
  sorters[OND_CASE_SORT_SOURCE] = self->source_sorter;
  sorters[OND_CASE_SORT_STATUS] = self->status_sorter;
  sorters[OND_CASE_SORT_LEAD_PARTNER] = self->lead_sorter;
  sorters[OND_CASE_SORT_NEXT_FOLLOW_UP] = self->follow_up_sorter;
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      self->probes[i] = (ColumnProbe) { self, (OndCaseSort) i };
      gtk_custom_sorter_set_sort_func (sorters[i], probe_column, &self->probes[i], NULL);
    }
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed_cb), self, G_CONNECT_SWAPPED);
  /* The newest cases first, with the arrow in the header to say so. */
  gtk_column_view_sort_by_column (self->column_view, self->reference_column,
                                  GTK_SORT_DESCENDING);

  /* Typing in the list starts a search. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, self->list_page);
  fill_year_filter (self);
  update_count (self);
}

GtkWidget *
ond_cases_view_new (void)
{
  return g_object_new (OND_TYPE_CASES_VIEW, NULL);
}

/**
 * ond_cases_view_get_store:
 * @self: an #OndCasesView
 *
 * Returns: (transfer none) (nullable): the store the view reads
 */
OndStore *
ond_cases_view_get_store (OndCasesView *self)
{
  g_return_val_if_fail (OND_IS_CASES_VIEW (self), NULL);

  return self->store;
}

void
ond_cases_view_set_store (OndCasesView *self,
                          OndStore     *store)
{
  g_return_if_fail (OND_IS_CASES_VIEW (self));
  g_return_if_fail (store == NULL || OND_IS_STORE (store));

  if (self->store == store)
    return;

  purge_deleted (self);
  g_set_object (&self->store, store);
  load_store (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ond_cases_view_get_plan:
 * @self: an #OndCasesView
 *
 * Returns: (transfer none) (nullable): the plan whose themes the view offers
 */
OndPlan *
ond_cases_view_get_plan (OndCasesView *self)
{
  g_return_val_if_fail (OND_IS_CASES_VIEW (self), NULL);

  return self->plan;
}

void
ond_cases_view_set_plan (OndCasesView *self,
                         OndPlan      *plan)
{
  g_return_if_fail (OND_IS_CASES_VIEW (self));
  g_return_if_fail (plan == NULL || OND_IS_PLAN (plan));

  if (!g_set_object (&self->plan, plan))
    return;

  fill_theme_filter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * ond_cases_view_get_cases:
 * @self: an #OndCasesView
 *
 * Returns: (transfer none) (nullable): the cases listed, an #OndCaseList of #OndCase
 */
GListModel *
ond_cases_view_get_cases (OndCasesView *self)
{
  g_return_val_if_fail (OND_IS_CASES_VIEW (self), NULL);

  return G_LIST_MODEL (self->cases);
}

/**
 * ond_cases_view_new_case:
 * @self: an #OndCasesView
 *
 * Shows the intake form for a new signal; once registered, the new case is opened.
 */
void
ond_cases_view_new_case (OndCasesView *self)
{
  OndCaseEditor *editor;

  g_return_if_fail (OND_IS_CASES_VIEW (self));

  if (self->store == NULL || ond_store_is_read_only (self->store))
    return;

  adw_view_stack_set_visible_child_name (self->pages, "cases");
  editor = ond_case_editor_new (get_parent_window (self), self->store, self->plan, NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_case_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

/**
 * ond_cases_view_open_case:
 * @self: an #OndCasesView
 * @case_id: the case
 * @error: return location for an error
 *
 * Shows case @case_id in the view of one case. Opening is logged, so on a read-only store
 * this fails.
 *
 * Returns: whether the case is shown
 */
gboolean
ond_cases_view_open_case (OndCasesView  *self,
                          gint64         case_id,
                          GError       **error)
{
  g_return_val_if_fail (OND_IS_CASES_VIEW (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ond_case_detail_open (self->detail, case_id, error))
    return FALSE;

  adw_view_stack_set_visible_child_name (self->pages, "cases");
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->detail));
  return TRUE;
}

/**
 * ond_cases_view_reload:
 * @self: an #OndCasesView
 *
 * Reads the list again, keeping the search, filters and sort.
 */
void
ond_cases_view_reload (OndCasesView *self)
{
  g_return_if_fail (OND_IS_CASES_VIEW (self));

  if (self->cases != NULL)
    ond_case_list_reload (self->cases);
  if (self->all_cases != NULL)
    ond_case_list_reload (self->all_cases);
  update_count (self);
}
