/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Chooses the {@link VectorSupport} once, at first use (Lucene's {@code VectorizationProvider}
 * idiom with a lazy holder class). The SIMD implementation is used when all of these hold:
 * <ul>
 *   <li>the system property {@value #PROPERTY} is not {@code false};</li>
 *   <li>the module {@code jdk.incubator.vector} is in the boot layer (the JVM was started
 *       with {@code --add-modules jdk.incubator.vector});</li>
 *   <li>the JDK feature version is in the tested range {@value #MIN_FEATURE} to
 *       {@value #MAX_FEATURE} (the incubator API may change in other versions);</li>
 *   <li>the class {@code PanamaVectorSupport} loads and its constructor does not refuse
 *       (it throws {@link UnsupportedOperationException} when vectors are too narrow).</li>
 * </ul>
 * Otherwise {@link ScalarVectorSupport} is used and one {@link System.Logger} line at level
 * DEBUG (WARNING for an unexpected load failure) names the reason.
 *
 * <p>Internal: not part of the public API.
 */
public final class VectorSupportProvider {
    /** System property: {@code false} forces the scalar path, {@code true} (default) allows SIMD. */
    public static final String PROPERTY = "activations.vector";
    /** Oldest JDK feature version on which the SIMD path is tested. */
    public static final int MIN_FEATURE = 17;
    /** Newest JDK feature version on which the SIMD path is tested. */
    public static final int MAX_FEATURE = 25;

    private static final String MODULE = "jdk.incubator.vector";
    private static final String IMPL = "io.github.activations.internal.PanamaVectorSupport";

    private VectorSupportProvider() {
    }

    /** Returns the implementation chosen for this JVM. */
    public static VectorSupport get() {
        return Holder.INSTANCE;
    }

    /**
     * Returns a new scalar implementation, whatever the JVM supports (for tests and benchmarks
     * that compare the two paths in one JVM).
     */
    public static VectorSupport scalar() {
        return new ScalarVectorSupport("forced");
    }

    /**
     * Returns a new SIMD implementation, or throws {@link UnsupportedOperationException} when it
     * cannot be loaded here (for tests and benchmarks).
     */
    public static VectorSupport vector() {
        String reason = unavailableReason(false);
        if (reason != null) {
            throw new UnsupportedOperationException(reason);
        }
        try {
            return load();
        } catch (UnsupportedOperationException e) {
            throw e;
        } catch (Throwable e) {
            throw new UnsupportedOperationException(e.toString(), e);
        }
    }

    /** The reason the SIMD path cannot be used, or null if it can be tried. */
    private static String unavailableReason(boolean honourProperty) {
        if (honourProperty && "false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").trim())) {
            return "-D" + PROPERTY + "=false";
        }
        int feature = Runtime.version().feature();
        if (feature < MIN_FEATURE || feature > MAX_FEATURE) {
            return "JDK " + feature + " is outside the tested range " + MIN_FEATURE + ".." + MAX_FEATURE;
        }
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            return "module " + MODULE + " not in the boot layer; start the JVM with --add-modules " + MODULE;
        }
        return null;
    }

    private static VectorSupport load() throws Throwable {
        // On the module path this module does not read jdk.incubator.vector (no requires, so the
        // incubator module and its warning stay out unless the user adds them): add the edge
        // before the SIMD class links. On the class path (unnamed module) this does nothing.
        ModuleLayer.boot().findModule(MODULE).ifPresent(VectorSupportProvider.class.getModule()::addReads);
        Class<?> c = Class.forName(IMPL);
        return (VectorSupport) MethodHandles.lookup()
                .findConstructor(c, MethodType.methodType(void.class))
                .invoke();
    }

    private static VectorSupport lookup() {
        System.Logger log = System.getLogger(VectorSupportProvider.class.getName());
        String reason = unavailableReason(true);
        if (reason != null) {
            // the usual case (no --add-modules): say why at DEBUG, not on every user's console;
            // VectorPath.active() reports the same reason
            log.log(System.Logger.Level.DEBUG, "Activations: scalar path, " + reason);
            return new ScalarVectorSupport(reason);
        }
        try {
            return load();
        } catch (UnsupportedOperationException e) {
            log.log(System.Logger.Level.DEBUG, "Activations: scalar path, " + e.getMessage());
            return new ScalarVectorSupport(String.valueOf(e.getMessage()));
        } catch (Throwable e) {
            log.log(System.Logger.Level.WARNING, "Activations: scalar path, SIMD support failed to load: " + e);
            return new ScalarVectorSupport("SIMD support failed to load: " + e);
        }
    }

    /** Lazy holder: the lookup runs once, on first use. */
    private static final class Holder {
        static final VectorSupport INSTANCE = lookup();
    }
}
