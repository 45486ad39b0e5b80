; Inno Setup script of the Yizhan desk for Windows (per-machine install).
;   iscc /DAppVersion=0.1.0 /DBundleDir=..\..\dist\yizhan installer\windows\yizhan.iss
; Built by .github/workflows/windows.yml on a Windows runner; it cannot be built on Linux.
; Data: %ProgramData%\Yizhan (the desk's database belongs to the machine, like /var/lib/yizhan on
; Linux); upgrades install over the old version and keep it; uninstall keeps it unless the user
; ticks the box that deletes it.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\yizhan"
#endif

[Setup]
AppId={{6F1B8E43-2C6A-4E0B-9A57-7D1F5B9B1A10}
AppName=一站 Yizhan
AppVersion={#AppVersion}
AppPublisher=Yizhan
DefaultDirName={autopf}\Yizhan
DefaultGroupName=一站 Yizhan
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=yizhan-setup-{#AppVersion}
OutputDir=..\..\dist
Compression=lzma2/max
SolidCompression=yes
SetupIconFile=..\..\resources\icons\yizhan.ico
UninstallDisplayIcon={app}\yizhan.exe
WizardStyle=modern
CloseApplications=yes
UsePreviousAppDir=yes

[Languages]
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
zh_CN.DesktopIcon=创建桌面快捷方式
en.DesktopIcon=Create a desktop shortcut
zh_CN.DeleteData=同时删除本机的案件数据库、附件和备份（不可恢复）
en.DeleteData=Also delete this desk's case database, attachments and backups (cannot be undone)
zh_CN.KeepData=本机数据保留在 %1 。
en.KeepData=This desk's data stays in %1.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"

[Dirs]
; The desk's data: every local user of this PC may use the desk (staff sign in to the app).
Name: "{commonappdata}\Yizhan"; Permissions: users-modify

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\一站 Yizhan"; Filename: "{app}\yizhan.exe"
Name: "{autodesktop}\一站 Yizhan"; Filename: "{app}\yizhan.exe"; Tasks: desktopicon

[Registry]
; YIZHAN_DATA_DIR for every user: the launcher-free Windows equivalent of /etc/yizhan/yizhan.conf.
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; \
  ValueType: string; ValueName: "YIZHAN_DATA_DIR"; ValueData: "{commonappdata}\Yizhan"; \
  Flags: uninsdeletevalue

[Run]
Filename: "{app}\yizhan.exe"; Description: "{cm:LaunchProgram,一站 Yizhan}"; \
  Flags: nowait postinstall skipifsilent

[Code]
// Uninstall keeps the desk's data unless the user says to delete it (silent uninstalls keep it).
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent) then
  begin
    DataDir := ExpandConstant('{commonappdata}\Yizhan');
    if MsgBox(CustomMessage('DeleteData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(DataDir, True, True, True)
    else
      MsgBox(FmtMessage(CustomMessage('KeepData'), [DataDir]), mbInformation, MB_OK);
  end;
end;
