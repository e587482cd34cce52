/* ond-meeting-case-dialog.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The dialog that finds a case for a meeting's agenda. The list is the store's OndCaseList
 * (paged, searched in SQL), so it works with any number of cases. The focus stays in the
 * search field: typing searches, the arrow keys move the selection, Enter adds. */

#define G_LOG_DOMAIN "ond-meeting-case-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case.h"
#include "ond-case-list.h"
#include "ond-meeting-case-dialog.h"
#include "ond-meeting-item.h"

struct _OndMeetingCaseDialog
{
  AdwMessageDialog    parent_instance;

  GtkSearchEntry     *search_entry;
  GtkStack           *results_stack;
  GtkListView        *case_list;
  GtkSingleSelection *selection;
  GtkLabel           *hint_label;

  OndStore           *store;
  OndCaseList        *cases;
  /* The ids of the cases on the agenda already (gint64 *). */
  GHashTable         *on_agenda;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_AGENDA,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndMeetingCaseDialog, ond_meeting_case_dialog, ADW_TYPE_MESSAGE_DIALOG)

static GParamSpec *properties[N_PROPS];

static gboolean
is_on_agenda (OndMeetingCaseDialog *self,
              OndCase              *item)
{
  gint64 id = ond_case_get_id (item);

  return g_hash_table_contains (self->on_agenda, &id);
}

static OndCase *
get_selected_case (OndMeetingCaseDialog *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_response (OndMeetingCaseDialog *self)
{
  OndCase *item = get_selected_case (self);
  const GError *error = self->cases != NULL ? ond_case_list_get_error (self->cases) : NULL;
  gboolean can_add = item != NULL && !is_on_agenda (self, item);
  g_autofree char *hint = NULL;

  if (error != NULL)
    hint = g_strdup (error->message);
  else if (item != NULL && !can_add)
    /* Translators: %s is a case reference, e.g. "2024-0003". */
    hint = g_strdup_printf (_("%s is on the agenda already"), ond_case_get_reference (item));
  else if (item != NULL)
    /* Translators: %s is a case reference, e.g. "2024-0003". */
    hint = g_strdup_printf (_("%s will be added to the agenda"), ond_case_get_reference (item));

  gtk_label_set_label (self->hint_label, hint != NULL ? hint : "");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "add", can_add);
}

static void
update_results (OndMeetingCaseDialog *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  gtk_stack_set_visible_child_name (self->results_stack, n > 0 ? "cases" : "none");
  update_response (self);
}

static void
on_search_changed_cb (OndMeetingCaseDialog *self,
                      GtkSearchEntry       *entry)
{
  if (self->cases == NULL)
    return;

  ond_case_list_set_search (self->cases, gtk_editable_get_text (GTK_EDITABLE (entry)));
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
  update_results (self);
}

static void
on_selected_cb (OndMeetingCaseDialog *self,
                GParamSpec           *pspec,
                GtkSingleSelection   *selection)
{
  update_response (self);
}

/* The arrow keys move through the results while the focus stays in the search field. */
static gboolean
on_search_key_pressed_cb (OndMeetingCaseDialog  *self,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          GtkEventControllerKey *controller)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint selected = gtk_single_selection_get_selected (self->selection);
  guint target;

  if (n == 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      target = selected == GTK_INVALID_LIST_POSITION ? 0 : MIN (selected + 1, n - 1);
      break;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      target = selected == GTK_INVALID_LIST_POSITION || selected == 0 ? 0 : selected - 1;
      break;

    default:
      return GDK_EVENT_PROPAGATE;
    }

  gtk_single_selection_set_selected (self->selection, target);
  gtk_widget_activate_action (GTK_WIDGET (self->case_list), "list.scroll-to-item", "u", target);
  return GDK_EVENT_STOP;
}

static void
on_case_activate_cb (OndMeetingCaseDialog *self,
                     guint                 position,
                     GtkListView          *list)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_default (GTK_WIDGET (self));
}

static void
setup_case_cb (OndMeetingCaseDialog     *self,
               GtkListItem              *list_item,
               GtkSignalListItemFactory *factory)
{
  GtkWidget *box;
  GtkWidget *top;
  GtkWidget *reference;
  GtkWidget *subject;
  GtkWidget *details;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  reference = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, NULL);
  gtk_widget_add_css_class (reference, "heading");
  gtk_widget_add_css_class (reference, "numeric");
  subject = g_object_new (GTK_TYPE_LABEL,
                          "xalign", 0.0f,
                          "hexpand", TRUE,
                          "ellipsize", PANGO_ELLIPSIZE_END,
                          NULL);
  details = g_object_new (GTK_TYPE_LABEL,
                          "xalign", 0.0f,
                          "ellipsize", PANGO_ELLIPSIZE_END,
                          NULL);
  gtk_widget_add_css_class (details, "caption");
  gtk_widget_add_css_class (details, "dim-label");

  gtk_box_append (GTK_BOX (top), reference);
  gtk_box_append (GTK_BOX (top), subject);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), details);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_case_cb (OndMeetingCaseDialog     *self,
              GtkListItem              *list_item,
              GtkSignalListItemFactory *factory)
{
  OndCase *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *top = gtk_widget_get_first_child (box);
  GtkWidget *reference = gtk_widget_get_first_child (top);
  GtkWidget *subject = gtk_widget_get_next_sibling (reference);
  GtkWidget *details = gtk_widget_get_next_sibling (top);
  g_autofree char *details_text = NULL;
  g_autofree char *accessible = NULL;
  const char *theme;

  theme = ond_case_get_theme_name (item);
  if (is_on_agenda (self, item))
    /* Translators: below a case in the list to pick from: its status and a note. */
    details_text = g_strdup_printf (_("%s · on the agenda already"),
                                    ond_case_get_status_label (item));
  else if (theme != NULL)
    /* Translators: below a case in the list to pick from: its status and theme. */
    details_text = g_strdup_printf (_("%s · %s"), ond_case_get_status_label (item), theme);
  else
    details_text = g_strdup (ond_case_get_status_label (item));

  gtk_label_set_label (GTK_LABEL (reference), ond_case_get_reference (item));
  gtk_label_set_label (GTK_LABEL (subject), ond_case_get_subject_name (item));
  gtk_label_set_label (GTK_LABEL (details), details_text);

  accessible = g_strdup_printf ("%s, %s, %s", ond_case_get_reference (item),
                                ond_case_get_subject_name (item), details_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
set_agenda (OndMeetingCaseDialog *self,
            GListModel           *agenda)
{
  guint n = agenda != NULL ? g_list_model_get_n_items (agenda) : 0;

  g_hash_table_remove_all (self->on_agenda);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndMeetingItem) item = g_list_model_get_item (agenda, i);
      gint64 id = ond_meeting_item_get_case_id (item);

      if (id > 0)
        g_hash_table_add (self->on_agenda, g_memdup2 (&id, sizeof id));
    }
}

/* Both construct properties are known here: the list is made once the cases on the agenda
 * are known, so that its rows are marked from the start. */
static void
ond_meeting_case_dialog_constructed (GObject *object)
{
  OndMeetingCaseDialog *self = OND_MEETING_CASE_DIALOG (object);

  G_OBJECT_CLASS (ond_meeting_case_dialog_parent_class)->constructed (object);

  if (self->store != NULL)
    {
      self->cases = ond_case_list_new (self->store);
      ond_case_list_set_sort (self->cases, OND_CASE_SORT_REFERENCE, TRUE);
    }
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->cases));
  update_results (self);
}

static void
ond_meeting_case_dialog_dispose (GObject *object)
{
  OndMeetingCaseDialog *self = OND_MEETING_CASE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_MEETING_CASE_DIALOG);
  g_clear_object (&self->cases);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_meeting_case_dialog_parent_class)->dispose (object);
}

static void
ond_meeting_case_dialog_finalize (GObject *object)
{
  OndMeetingCaseDialog *self = OND_MEETING_CASE_DIALOG (object);

  g_clear_pointer (&self->on_agenda, g_hash_table_unref);

  G_OBJECT_CLASS (ond_meeting_case_dialog_parent_class)->finalize (object);
}

static void
ond_meeting_case_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  OndMeetingCaseDialog *self = OND_MEETING_CASE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_meeting_case_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  OndMeetingCaseDialog *self = OND_MEETING_CASE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_AGENDA:
      set_agenda (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_meeting_case_dialog_class_init (OndMeetingCaseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_meeting_case_dialog_constructed;
  object_class->dispose = ond_meeting_case_dialog_dispose;
  object_class->finalize = ond_meeting_case_dialog_finalize;
  object_class->get_property = ond_meeting_case_dialog_get_property;
  object_class->set_property = ond_meeting_case_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AGENDA] =
    g_param_spec_object ("agenda", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-meeting-case-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OndMeetingCaseDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OndMeetingCaseDialog, results_stack);
  gtk_widget_class_bind_template_child (widget_class, OndMeetingCaseDialog, case_list);
  gtk_widget_class_bind_template_child (widget_class, OndMeetingCaseDialog, selection);
  gtk_widget_class_bind_template_child (widget_class, OndMeetingCaseDialog, hint_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_case_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_case_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_case_cb);
}

static void
ond_meeting_case_dialog_init (OndMeetingCaseDialog *self)
{
  self->on_agenda = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->selection, "items-changed",
                           G_CALLBACK (update_results), self, G_CONNECT_SWAPPED);
}

/**
 * ond_meeting_case_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @store: the store whose cases are searched
 * @agenda: (nullable): the agenda (#OndMeetingItem) the case is for
 *
 * Returns: (transfer full): a new dialog, not yet shown
 */
GtkWidget *
ond_meeting_case_dialog_new (GtkWindow  *parent,
                             OndStore   *store,
                             GListModel *agenda)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (agenda == NULL || G_IS_LIST_MODEL (agenda), NULL);

  return g_object_new (OND_TYPE_MEETING_CASE_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "agenda", agenda,
                       NULL);
}

/**
 * ond_meeting_case_dialog_get_cases:
 * @self: an #OndMeetingCaseDialog
 *
 * Returns: (transfer none): the cases found (#OndCase)
 */
GListModel *
ond_meeting_case_dialog_get_cases (OndMeetingCaseDialog *self)
{
  g_return_val_if_fail (OND_IS_MEETING_CASE_DIALOG (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/**
 * ond_meeting_case_dialog_get_case_id:
 * @self: an #OndMeetingCaseDialog
 *
 * Returns: the id of the case chosen, or 0 when none can be added
 */
gint64
ond_meeting_case_dialog_get_case_id (OndMeetingCaseDialog *self)
{
  OndCase *item;

  g_return_val_if_fail (OND_IS_MEETING_CASE_DIALOG (self), 0);

  item = get_selected_case (self);
  if (item == NULL || is_on_agenda (self, item))
    return 0;
  return ond_case_get_id (item);
}

/**
 * ond_meeting_case_dialog_set_search:
 * @self: an #OndMeetingCaseDialog
 * @text: what to search for
 *
 * Types @text in the search field. The search runs at once (not after the usual pause).
 */
void
ond_meeting_case_dialog_set_search (OndMeetingCaseDialog *self,
                                    const char           *text)
{
  g_return_if_fail (OND_IS_MEETING_CASE_DIALOG (self));
  g_return_if_fail (text != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  on_search_changed_cb (self, self->search_entry);
}
