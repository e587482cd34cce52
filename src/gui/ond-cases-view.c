/* ond-cases-view.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The casusoverleg section. The case list is an OndCaseList straight under the selection:
 * never a GtkSortListModel or GtkFilterListModel, which would fetch every case. Searching,
 * filtering and sorting are handed to the list, which does them in SQL. The columns and the
 * sort, the search and filters, and deleting and exporting are in ond-cases-view-*.c. */

#define G_LOG_DOMAIN "ond-cases-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-editor.h"
#include "ond-case.h"
#include "ond-cases-view-private.h"
#include "ond-store-cases.h"

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndCasesView, ond_cases_view, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

void
_ond_cases_view_report_error (OndCasesView *self,
                              const GError *error)
{
  g_message ("Cases: %s", error->message);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
}

/* Shows @toast (transfer full). A toast of ours still shown goes first: the newest says
 * what just happened. */
void
_ond_cases_view_add_toast (OndCasesView *self,
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

GtkWindow *
_ond_cases_view_get_window (OndCasesView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
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
    _ond_cases_view_report_error (self, ond_case_list_get_error (self->cases));

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
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cases.export-list", shown > 0);

  if (total == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else if (shown == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");
}

/* A new list for a new store: the filters start at "all". */
/* A change by this window, another program (a headless import) or another window of ours
 * (retention, an erasure on request): the list reads again, keeping its search, filters and
 * sort, and a case shown that is gone for good is closed. */
static void
on_store_changed_cb (OndCasesView *self,
                     OndStore     *store)
{
  OndCase *shown = ond_case_detail_get_case (self->detail);

  ond_cases_view_reload (self);
  if (shown != NULL)
    {
      g_autoptr(OndCase) still = ond_store_get_case (store, ond_case_get_id (shown), NULL);

      if (still == NULL)
        {
          ond_case_detail_clear (self->detail);
          _ond_cases_view_show_list (self);
        }
    }
}

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
  _ond_cases_view_reset_filters (self);

  if (self->store != NULL)
    {
      g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self,
                               G_CONNECT_SWAPPED);
      self->cases = ond_case_list_new (self->store);
      self->all_cases = ond_case_list_new (self->store);
      _ond_cases_view_apply_sort (self);
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

void
_ond_cases_view_show_list (OndCasesView *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->list_page);
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
    _ond_cases_view_report_error (self, error);
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
  _ond_cases_view_add_toast (self,
                             adw_toast_new_format (_("Signal %s registered"), reference));

  /* Weighing is the next step: show the new case. */
  if (!ond_cases_view_open_case (self, case_id, &error))
    _ond_cases_view_report_error (self, error);
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
  _ond_cases_view_show_list (OND_CASES_VIEW (widget));
}

static void
focus_search (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  OndCasesView *self = OND_CASES_VIEW (widget);

  adw_view_stack_set_visible_child_name (self->pages, "cases");
  _ond_cases_view_show_list (self);
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
  _ond_cases_view_purge_deleted (self);

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
  gtk_widget_class_bind_template_child (widget_class, OndCasesView, follow_up_column);
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
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_case_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed_cb);

  gtk_widget_class_install_action (widget_class, "cases.show-list", NULL, show_list_action);
  gtk_widget_class_install_action (widget_class, "cases.search", NULL, focus_search);
  _ond_cases_view_class_columns_init (klass);
  _ond_cases_view_class_filters_init (klass);
  _ond_cases_view_class_actions_init (klass);
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
  self->theme_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->sort = OND_CASE_SORT_REFERENCE;
  self->descending = TRUE;
  self->probed_sort = -1;

  gtk_widget_init_template (GTK_WIDGET (self));
  _ond_cases_view_columns_init (self);

  /* Typing in the list starts a search. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, self->list_page);
  _ond_cases_view_fill_year_filter (self);
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

  _ond_cases_view_purge_deleted (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
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

  _ond_cases_view_fill_theme_filter (self);
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
  editor = ond_case_editor_new (_ond_cases_view_get_window (self), self->store, self->plan,
                                NULL);
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
 * ond_cases_view_show_follow_ups:
 * @self: an #OndCasesView
 *
 * Shows the whole case list, without search or filters, ordered by the next follow-up date,
 * the most overdue first: where the dashboard's "Show All Follow-ups" leads.
 */
void
ond_cases_view_show_follow_ups (OndCasesView *self)
{
  g_return_if_fail (OND_IS_CASES_VIEW (self));

  adw_view_stack_set_visible_child_name (self->pages, "cases");
  _ond_cases_view_show_list (self);
  _ond_cases_view_reset_filters (self);
  /* Cleared first: GTK 4.8 otherwise leaves the arrow of the column sorted before in its
   * header. */
  gtk_column_view_sort_by_column (self->column_view, NULL, GTK_SORT_ASCENDING);
  gtk_column_view_sort_by_column (self->column_view, self->follow_up_column,
                                  GTK_SORT_ASCENDING);
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
