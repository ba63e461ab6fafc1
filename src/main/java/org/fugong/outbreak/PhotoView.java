package org.fugong.outbreak;

import io.swagger.v3.oas.annotations.media.Schema;

/** A photo of a disinfection: its id (for its link), file name and size. */
@Schema(name = "OutbreakPhoto")
public record PhotoView(long id, String filename, long size) {
}
