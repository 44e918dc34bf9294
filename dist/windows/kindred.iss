; The Windows installer, for Inno Setup 6 (iscc dist\windows\kindred.iss, on Windows, after
; cargo build --release). It installs kindred.exe for the user or for everyone, adds a Start
; menu entry, and makes .kindred files open in Kindred with its icon.
; Not built on Linux; see dist/README.md for what is tested where.

#define AppName "Kindred"
#define AppVersion "0.1.0"
#define AppId "io.github.kindredapp.Kindred"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The Kindred developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\..\target\installer
OutputBaseFilename=kindred-{#AppVersion}-setup
SetupIconFile=..\..\assets\icon\kindred.ico
UninstallDisplayIcon={app}\kindred.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "da"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Files]
Source: "..\..\target\release\kindred.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\assets\icon\kindred.ico"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\README.md"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\CHANGELOG.md"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\kindred.exe"; IconFilename: "{app}\kindred.ico"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"

; .kindred files: a ProgID with the icon and the open command, and the extension pointing to it.
[Registry]
Root: HKA; Subkey: "Software\Classes\.kindred"; ValueType: string; ValueName: ""; ValueData: "Kindred.Workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.kindred"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-kindred"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Kindred.Workspace"; ValueType: string; ValueName: ""; ValueData: "Kindred workspace"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Kindred.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\kindred.ico,0"
Root: HKA; Subkey: "Software\Classes\Kindred.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\kindred.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\kindred.exe\SupportedTypes"; ValueType: string; ValueName: ".kindred"; ValueData: ""

[Run]
Filename: "{app}\kindred.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
