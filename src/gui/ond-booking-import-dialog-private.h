/* ond-booking-import-dialog-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of OndBookingImportDialog share: ond-booking-import-dialog.c is the window,
 * the file and the import with its progress; ond-booking-import-preview.c shows what the
 * import would do; ond-booking-import-mapping.c is the page of the columns: the field each
 * column of the file holds, and the saved mappings. */

#pragma once

#include "ond-booking-import-dialog.h"

G_BEGIN_DECLS

struct _OndBookingImportDialog
{
  AdwWindow            parent_instance;

  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  GtkButton           *cancel_button;
  GtkButton           *import_button;
  GtkButton           *other_file_button;
  GtkStack            *main_stack;
  GtkButton           *choose_button;
  GtkLabel            *start_error_label;
  GtkLabel            *summary_label;
  GtkLabel            *notice_label;
  AdwViewStack        *view_stack;
  AdwViewStackPage    *rows_page;
  AdwViewStackPage    *problems_page;
  AdwViewStackPage    *skipped_page;
  GtkColumnView       *rows_view;
  GtkLabel            *rows_label;
  GtkColumnView       *problems_view;
  GtkColumnView       *skipped_view;
  AdwComboRow         *saved_row;
  AdwEntryRow         *source_row;
  GtkButton           *save_mapping_button;
  AdwPreferencesGroup *fields_group;
  GtkProgressBar      *progress_bar;
  GtkButton           *stop_button;

  /* A combo row per field of a booking; item 0 is "not used", then the file's header (as
   * offered: @offered_header). */
  AdwComboRow         *field_rows[OND_BOOKING_N_FIELDS];
  GStrv                offered_header;
  /* The saved mappings offered after the default format. */
  GStrv                sources;
  /* Set while the rows are filled in by the program, not chosen by the user. */
  gboolean             filling;

  char                *path;
  OndBookingMapping   *mapping;
  OndBookingImport    *import;

  /* The import under way. */
  GCancellable        *cancellable;
  gint64               last_progress;
  gboolean             importing;

  OndStore            *store;
  OndPlan             *plan;
};

/* ond-booking-import-dialog.c */
/* Reads the file again with self->mapping and shows the result. */
void _ond_booking_import_dialog_prepare      (OndBookingImportDialog *self);

/* ond-booking-import-preview.c */
void     _ond_booking_import_dialog_add_columns     (OndBookingImportDialog *self);
/* Whether the file shown can be imported: read, without problems, not imported before,
 * something to add, and a store that can be written. */
gboolean _ond_booking_import_dialog_can_import     (OndBookingImportDialog *self);
/* Shows @text (NULL: nothing) below the summary, in the error style when @is_error. */
void     _ond_booking_import_dialog_set_notice     (OndBookingImportDialog *self,
                                                    const char             *text,
                                                    gboolean                is_error);
void     _ond_booking_import_dialog_update_buttons (OndBookingImportDialog *self);
/* Shows what importing self->import would do. */
void     _ond_booking_import_dialog_show_preview   (OndBookingImportDialog *self);
/* Shows the start page, saying why the file could not be read. */
void     _ond_booking_import_dialog_show_unreadable (OndBookingImportDialog *self,
                                                     const GError           *error);

/* ond-booking-import-mapping.c */
void _ond_booking_import_dialog_init_mapping (OndBookingImportDialog *self);
/* The saved mappings offered again from the store, @chosen (NULL: the default format)
 * chosen. */
void _ond_booking_import_dialog_fill_sources (OndBookingImportDialog *self,
                                              const char             *chosen);
/* Shows in the field rows which column of the file's header each field is read from. */
void _ond_booking_import_dialog_fill_fields  (OndBookingImportDialog *self);
/* For a file just chosen: the first saved mapping that finds every required column of its
 * header, when the mapping chosen does not; then the fields shown. */
void _ond_booking_import_dialog_match_header (OndBookingImportDialog *self);
/* The "Save Mapping" button: saves the mapping under the source name typed. */
void _ond_booking_import_dialog_save_mapping (OndBookingImportDialog *self,
                                              GtkButton              *button);

G_END_DECLS
