/* ond-booking-import-dialog.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndBookingImportDialog: importing bookings from a CSV file of the financial system
 * (ond-booking-import.h). The user chooses the file; the dialog shows what the import would
 * do before anything is written: the rows to add (the first 200, and their number), every
 * problem (line, column, what is wrong), the rows skipped as already present, and which
 * column of the file holds which field, which the user can change and save per source.
 * "Import" is possible only for a file without problems; a file imported before is refused
 * with a message. The import shows its progress and can be cancelled (nothing is added
 * then); when it is done the dialog emits "imported" with the number of bookings added and
 * closes. */

#pragma once

#include <adwaita.h>

#include "ond-booking-import.h"
#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_BOOKING_IMPORT_DIALOG (ond_booking_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OndBookingImportDialog, ond_booking_import_dialog, OND,
                      BOOKING_IMPORT_DIALOG, AdwWindow)

OndBookingImportDialog *ond_booking_import_dialog_new         (GtkWindow              *parent,
                                                               OndStore               *store,
                                                               OndPlan                *plan)
                                                               G_GNUC_WARN_UNUSED_RESULT;
/* Asks for the file (a GtkFileChooserNative); a file chosen is read as by open_path. */
void                    ond_booking_import_dialog_choose_file (OndBookingImportDialog *self);
/* Reads @path and shows what importing it would do, as when the user chose it. */
void                    ond_booking_import_dialog_open_path   (OndBookingImportDialog *self,
                                                               const char             *path);
/* The import prepared from the file shown (transfer none), or NULL before one is read. */
OndBookingImport       *ond_booking_import_dialog_get_import  (OndBookingImportDialog *self);

G_END_DECLS
