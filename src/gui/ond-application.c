/* ond-application.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The application: the headless commands of the command line (handed to core), the database
 * file, the one GSettings, and the main window; app.connect-server opens a team server's
 * database in another window the same way (OndConnectDialog). */

#define G_LOG_DOMAIN "ond-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-application-private.h"
#include "ond-cli.h"
#include "ond-connect-dialog.h"
#include "ond-store.h"
#include "ond-store-cases.h"
#include "ond-store-watch.h"
#include "ond-window.h"

struct _OndApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  /* The file given with --database, or NULL for the default one. */
  char           *database;
};

G_DEFINE_FINAL_TYPE (OndApplication, ond_application, ADW_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database FILE, or the team server database at ADDRESS "
       "(postgresql://…), instead of the default one"), N_("FILE|ADDRESS") },
  { "init-server", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Set up the empty server database of --database for Ondermijning and exit"), NULL },
  { "copy-to", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Copy the whole database of --database to the server database at ADDRESS (set up, "
       "without records) or to the new file FILE, and exit"), N_("ADDRESS|FILE") },
  { "export-xlsx", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the council workbook to FILE and exit"), N_("FILE") },
  { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the council progress report to the PDF file FILE and exit"), N_("FILE") },
  { "import-cases", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import the signals of the CSV file FILE and exit"), N_("FILE") },
  { "import-bookings", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import the bookings of the CSV file FILE and exit"), N_("FILE") },
  { "mapping", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Read --import-bookings with the column mapping saved for SOURCE"), N_("SOURCE") },
  { "year", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("The reporting year of an export"), N_("YEAR") },
  { "backup", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a backup copy of the database to FILE and exit"), N_("FILE") },
  { "retention", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the cases whose retention period has ended, remove nothing, and exit"), NULL },
  { "apply-retention", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Remove the cases whose retention period has ended and exit"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

static const char *
heading_for_error (const GError *error)
{
  if (error->domain != OND_STORE_ERROR)
    return _("The Database Could Not Be Opened");

  switch ((OndStoreError) error->code)
    {
    case OND_STORE_ERROR_MISSING_FOLDER:
      return _("The Folder Does Not Exist");
    case OND_STORE_ERROR_UNREADABLE:
      return _("The File Cannot Be Read");
    case OND_STORE_ERROR_NOT_A_DATABASE:
      return _("Not a Database");
    case OND_STORE_ERROR_FOREIGN:
      return _("File of Another Application");
    case OND_STORE_ERROR_NEWER:
      return _("Made by a Newer Version");
    case OND_STORE_ERROR_BUSY:
      return _("The Database Is in Use");
    case OND_STORE_ERROR_CONNECTION:
      return _("No Connection to the Team Server");
    case OND_STORE_ERROR_PERMISSION:
      return _("Not Allowed on the Team Server");
    case OND_STORE_ERROR_NO_SCHEMA:
      return _("The Server Database Is Not Set Up");
    case OND_STORE_ERROR_READ_ONLY:
    case OND_STORE_ERROR_INVALID:
    case OND_STORE_ERROR_NOT_FOUND:
    case OND_STORE_ERROR_FAILED:
    default:
      return _("The Database Could Not Be Opened");
    }
}

/* Shows why the database could not be opened, over @parent (the window that asked) if any;
 * at start the application quits when the dialog closes, as it is then the last window. The
 * store never touched the database. */
static void
show_open_error (OndApplication *self,
                 GtkWindow      *parent,
                 const GError   *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (parent, heading_for_error (error), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}


static int
ond_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  OndApplication *self = OND_APPLICATION (app);
  const char *database = NULL;
  int status;

  /* --version and the headless commands run here, before any display or D-Bus. */
  status = ond_cli_handle_options (options);
  if (status != -1)
    return status;

  if (g_variant_dict_lookup (options, "database", "^&ay", &database) && database[0] != '\0')
    {
      g_clear_pointer (&self->database, g_free);
      /* A server's address is kept as it was given. */
      if (ond_store_location_is_server (database))
        self->database = g_strdup (database);
      else
        self->database = g_canonicalize_filename (database, NULL);
      /* A window on another file must not be handed to an instance that is already
       * running: it would show its own file and the path would be lost. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  return -1;
}

/* Tells the user at start which follow-ups have come, without any personal data; the
 * notification opens the overview, which lists them. Once @window has drawn its first frame:
 * the count does not hold up the window. */
static gboolean
notify_due_follow_ups_cb (gpointer user_data)
{
  GtkWindow *window = user_data;
  GtkApplication *app = gtk_window_get_application (window);
  OndStore *store = ond_window_get_store (OND_WINDOW (window));
  g_autoptr(GError) error = NULL;
  g_autoptr(GNotification) notification = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;

  /* The window was closed at once: its file is no longer open. */
  if (app == NULL || store == NULL)
    return G_SOURCE_REMOVE;

  now = g_date_time_new_now_local ();
  today = g_date_time_format (now, "%Y-%m-%d");
  notification = _ond_application_create_due_notification (store, today, NULL, &error);
  if (error != NULL)
    g_message ("Could not read the follow-ups that are due: %s", error->message);
  else if (notification != NULL)
    g_application_send_notification (G_APPLICATION (app), "due-follow-ups", notification);
  return G_SOURCE_REMOVE;
}

static void
on_first_frame_cb (GdkFrameClock *clock,
                   GtkWindow     *window)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_cb, window);
  g_idle_add_full (G_PRIORITY_LOW, notify_due_follow_ups_cb, g_object_ref (window),
                   g_object_unref);
}

static void
notify_due_follow_ups (GtkWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  if (clock == NULL)
    g_idle_add_full (G_PRIORITY_LOW, notify_due_follow_ups_cb, g_object_ref (window),
                     g_object_unref);
  else
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_first_frame_cb), window, 0);
}

static void
show_window (OndApplication *self,
             OndStore       *store)
{
  GtkWindow *window;

  window = GTK_WINDOW (ond_window_new (GTK_APPLICATION (self), store, self->settings));
  gtk_window_present (window);
  /* Imports and backups from the command line may run beside the window: it shows what
   * they wrote. */
  ond_store_watch_outside_changes (store, OND_STORE_WATCH_INTERVAL_MS);
  notify_due_follow_ups (window);
}

/* The dialog has left the application when it responds: the application was held for it. */
static void
on_empty_server_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             OndApplication   *self)
{
  OndStore *store = g_object_get_data (G_OBJECT (dialog), "ond-store");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "seed") == 0)
    {
      if (ond_store_seed_plan (store, &error))
        show_window (self, store);
      else
        show_open_error (self, NULL, error);
    }
  else if (g_strcmp0 (response, "copy") == 0)
    _ond_application_copy_file_in (self, ond_store_get_path (store));
  g_application_release (G_APPLICATION (self));
}

/* A team database just set up holds no plan: start with the plan of the seed document, copy
 * a file in (ond-application-copy-in.c), or leave it as it is. */
static void
offer_plan (OndApplication *self,
            OndStore       *store)
{
  g_autofree char *display = ond_store_dup_display_name (store);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, _("The Team Database Is Empty"),
                                                       NULL));
  /* Translators: %s names the database and its server. */
  adw_message_dialog_format_body (dialog,
                                  _("The server database %s has been set up for Ondermijning "
                                    "but holds no plan yet. Start with the Uitvoeringsplan "
                                    "ondermijning 2023-2024, its pillars, themes, planning and "
                                    "budget, so that the team can work in it. Or copy in the "
                                    "whole database file of Ondermijning that you worked in "
                                    "until now."), display);
  adw_message_dialog_add_responses (dialog, "close", _("_Close"),
                                    "copy", _("Copy a _File In…"),
                                    "seed", _("_Start with the Plan"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "seed", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "seed");
  adw_message_dialog_set_close_response (dialog, "close");
  /* The dialog keeps the store until it goes. */
  g_object_set_data_full (G_OBJECT (dialog), "ond-store", g_object_ref (store), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_empty_server_response_cb), self);
  g_application_hold (G_APPLICATION (self));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _ond_application_open:
 * @self: the application
 * @location: (nullable): a file, or a team server's address; %NULL: the default file
 * @parent: (nullable): the window that asked, for the error dialog
 *
 * Opens @location in a new main window, as --database does at start: a failure is shown in
 * the error dialog of its kind, and an empty team database offers to start with the plan or
 * to copy a file in.
 */
void
_ond_application_open (OndApplication *self,
                       const char     *location,
                       GtkWindow      *parent)
{
  g_autoptr(OndStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* One window per file: a second one, from another process, is refused. */
  store = location != NULL ? ond_store_open (location, &error) : ond_store_open_default (&error);
  if (store == NULL || !ond_store_claim_window (store, &error))
    {
      g_message ("Could not open the database: %s", error->message);
      show_open_error (self, parent, error);
      return;
    }

  if (ond_store_is_server (store))
    {
      gboolean empty = FALSE;

      if (!ond_store_is_empty (store, &empty, &error))
        {
          show_open_error (self, parent, error);
          return;
        }
      if (empty)
        {
          offer_plan (self, store);
          return;
        }
    }
  show_window (self, store);
}

static void
ond_application_activate (GApplication *app)
{
  OndApplication *self = OND_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }
  _ond_application_open (self, self->database, NULL);
}

/* The address is never logged or shown: it may hold the password. */
static void
on_connect_response_cb (OndConnectDialog *dialog,
                        const char       *response,
                        OndApplication   *self)
{
  g_autofree char *uri = NULL;

  if (g_strcmp0 (response, "connect") != 0)
    return;
  uri = ond_connect_dialog_dup_uri (dialog);
  if (uri == NULL)
    return;
  ond_connect_dialog_remember (dialog);
  _ond_application_open (self, uri, gtk_window_get_transient_for (GTK_WINDOW (dialog)));
}

/* app.connect-server: the main menu's "Connect to Team Server…". */
static void
connect_server_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  OndApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog = ond_connect_dialog_new (parent, self->settings);

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_connect_response_cb), self, 0);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ond_application_startup (GApplication *app)
{
  OndApplication *self = OND_APPLICATION (app);

  G_APPLICATION_CLASS (ond_application_parent_class)->startup (app);

  self->settings = g_settings_new (APPLICATION_ID);
  _ond_application_actions_init (self);
  {
    static const GActionEntry actions[] = {
      { "connect-server", connect_server_action },
    };

    g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions),
                                     self);
  }
  _ond_application_a11y_init ();
  gtk_window_set_default_icon_name (APPLICATION_ID);
}

static void
ond_application_finalize (GObject *object)
{
  OndApplication *self = OND_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->database, g_free);

  G_OBJECT_CLASS (ond_application_parent_class)->finalize (object);
}

static void
ond_application_class_init (OndApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = ond_application_finalize;

  app_class->handle_local_options = ond_application_handle_local_options;
  app_class->startup = ond_application_startup;
  app_class->activate = ond_application_activate;
}

static void
ond_application_init (OndApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plan, casework, planning and budget of the "
                                              "approach to subversive crime."));
}

/**
 * ond_application_new:
 *
 * Returns: (transfer full): the application
 */
OndApplication *
ond_application_new (void)
{
  return g_object_new (OND_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/**
 * ond_application_get_settings:
 * @self: an #OndApplication
 *
 * Returns: (transfer none) (nullable): the one #GSettings of the application, made at startup
 */
GSettings *
ond_application_get_settings (OndApplication *self)
{
  g_return_val_if_fail (OND_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * ond_application_get_database:
 * @self: an #OndApplication
 *
 * Returns: (nullable): the absolute path given with --database, or %NULL for the default file
 */
const char *
ond_application_get_database (OndApplication *self)
{
  g_return_val_if_fail (OND_IS_APPLICATION (self), NULL);

  return self->database;
}

/**
 * _ond_application_create_due_notification:
 * @store: the open database
 * @today: today's date, "YYYY-MM-DD"
 * @title: (out) (optional) (transfer full): where to store the notification's title
 * @error: return location for an error
 *
 * Counts the open cases whose follow-up has come by @today. The notification says only how
 * many there are (no reference, no subject); its default action shows the overview.
 *
 * Returns: (transfer full) (nullable): the notification, or %NULL when nothing is due or on
 *   error
 */
GNotification *
_ond_application_create_due_notification (OndStore    *store,
                                          const char  *today,
                                          char       **title_out,
                                          GError     **error)
{
  g_autofree char *title = NULL;
  GNotification *notification;
  guint n;

  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Counted, not listed: there may be thousands. */
  if (!ond_store_count_due_cases (store, today, &n, error) || n == 0)
    return NULL;

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u follow-up is due",
                                        "%u follow-ups are due", n),
                           n);
  notification = g_notification_new (title);
  g_notification_set_body (notification, _("Open the overview to see which cases they are."));
  g_notification_set_default_action (notification, "app.show-overview");
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_NORMAL);
  if (title_out != NULL)
    *title_out = g_steal_pointer (&title);
  return notification;
}
