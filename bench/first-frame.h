/* first-frame.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The start benchmark's probe: reports when a window's first frame was drawn, then ends
 * the process at once. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* After the first frame of @window that is painted while it is mapped (the frame clock's
 * "after-paint", once the X server has the drawing), prints
 * "first-frame MONOTONIC-MICROSECONDS\n" and ends the process with status 0 without
 * running any shutdown (as if the user's session had only just begun). */
void bench_first_frame_watch (GtkWindow *window);

G_END_DECLS
