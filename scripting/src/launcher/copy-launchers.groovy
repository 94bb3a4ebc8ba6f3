/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
// Copies the launchers (activations, activations.cmd) beside activations.jar and makes the POSIX one
// executable; run by the build (exec-maven-plugin, package phase). Arguments: source folder, target folder.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

Path from = Path.of(args[0])
Path to = Path.of(args[1])
for (String name : ['activations', 'activations.cmd']) {
    Path target = to.resolve(name)
    Files.copy(from.resolve(name), target, StandardCopyOption.REPLACE_EXISTING)
    if (!name.endsWith('.cmd') && !target.toFile().setExecutable(true, false)) {
        throw new IllegalStateException("cannot make $target executable")
    }
}
