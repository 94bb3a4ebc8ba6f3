@echo off
rem Copyright 2026 the Activations authors.
rem SPDX-License-Identifier: Apache-2.0
rem
rem activations: runs activations.jar, which sits beside this script, with the JDK's Vector API
rem module on, so experiments take the SIMD path. JAVA_HOME picks the JDK (otherwise java from PATH);
rem ACTIVATIONS_OPTS (and JAVA_OPTS) add JVM options; ACTIVATIONS_VECTOR=off leaves the module out.
rem -XX:PerMethodTrapLimit=1000 keeps JDK 17's JIT from boxing the SIMD loops of long double vectors
rem (see the launcher script beside this one).
setlocal
set "JAR=%~dp0activations.jar"
if not exist "%JAR%" (
    echo activations: %JAR% not found: this script runs the activations.jar beside it 1>&2
    exit /b 2
)
if defined JAVA_HOME (set "JAVACMD=%JAVA_HOME%\bin\java") else (set "JAVACMD=java")
set "VECTOR=--add-modules jdk.incubator.vector"
if /i "%ACTIVATIONS_VECTOR%"=="off" set "VECTOR="
"%JAVACMD%" %VECTOR% -XX:PerMethodTrapLimit=1000 %ACTIVATIONS_OPTS% %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
